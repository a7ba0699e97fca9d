package vn.cadre.assignments.unit;

/**
 * A command that breaks a rule of the unit's history. The message is given in Vietnamese
 * and English because it is shown to staff as it is.
 */
public abstract class UnitRuleViolation extends RuntimeException {

	protected UnitRuleViolation(String message) {
		super(message);
	}

}
