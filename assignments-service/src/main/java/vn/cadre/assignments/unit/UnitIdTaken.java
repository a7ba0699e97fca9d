package vn.cadre.assignments.unit;

import vn.cadre.assignments.RuleViolation;

/** A new unit under an id that another unit already has. */
public class UnitIdTaken extends RuleViolation {

	UnitIdTaken(String unitId) {
		super("unit.id-taken", unitId);
	}

}
