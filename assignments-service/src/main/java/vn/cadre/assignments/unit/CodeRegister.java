package vn.cadre.assignments.unit;

import java.time.LocalDate;

import vn.cadre.kernel.unit.UnitCode;
import vn.cadre.kernel.unit.UnitId;

/**
 * Who carries which official code when. Called inside the unit of work of the command
 * that registers, forms or ends a unit, so the claim is stored with the change or not at
 * all.
 */
public interface CodeRegister {

	/**
	 * Refuses with {@link CodeInUse} when another unit carries the code from that day on.
	 */
	void assign(UnitCode code, UnitId unitId, LocalDate from, String legalBasis);

	void release(UnitCode code, UnitId unitId, LocalDate lastDay, String legalBasis);

}
