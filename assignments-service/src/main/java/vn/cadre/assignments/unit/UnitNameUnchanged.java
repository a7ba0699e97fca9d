package vn.cadre.assignments.unit;

import vn.cadre.assignments.RuleViolation;

/** A rename to the name the unit already has. */
public class UnitNameUnchanged extends RuleViolation {

	UnitNameUnchanged(String name) {
		super("unit.name-unchanged", name);
	}

}
