package vn.cadre.assignments.unit;

import vn.cadre.assignments.RuleViolation;

/** A rename to the name the unit already has. */
public class UnitNameUnchanged extends RuleViolation {

	UnitNameUnchanged(String name) {
		super("Đơn vị đã mang tên \"" + name + "\" / The unit is already named \"" + name + "\"");
	}

}
