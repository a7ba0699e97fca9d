package vn.cadre.assignments.unit;

import java.time.LocalDate;

import vn.cadre.assignments.RuleViolation;

/** The unit already took part in another restructuring effective on the same day. */
public class AlreadyRestructuredOn extends RuleViolation {

	AlreadyRestructuredOn(String unitId, LocalDate effectiveOn) {
		super("Đơn vị " + unitId + " đã thuộc một quyết định sắp xếp khác có hiệu lực ngày " + effectiveOn
				+ " / The unit " + unitId + " is already part of another restructuring effective on " + effectiveOn);
	}

}
