package vn.cadre.assignments.unit;

/** A rename to the name the unit already has. */
public class UnitNameUnchanged extends UnitRuleViolation {

	UnitNameUnchanged(String name) {
		super("Đơn vị đã mang tên \"" + name + "\" / The unit is already named \"" + name + "\"");
	}

}
