package vn.cadre.assignments.unit;

import java.time.LocalDate;

import vn.cadre.assignments.document.CitesLegalBasis;
import vn.cadre.kernel.unit.UnitCode;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitName;
import vn.cadre.kernel.unit.UnitType;

/** Enter a unit into the register from the day it was established. */
public record RegisterUnit(UnitId unitId, UnitCode code, UnitName name, UnitType type, UnitId parentId,
		LocalDate establishedOn, String legalBasis) implements CitesLegalBasis {

}
