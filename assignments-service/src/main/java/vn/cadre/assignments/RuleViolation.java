package vn.cadre.assignments;

/**
 * A command that breaks a rule of an aggregate's history. The message is given in
 * Vietnamese and English because it is shown to staff as it is.
 */
public abstract class RuleViolation extends RuntimeException {

	protected RuleViolation(String message) {
		super(message);
	}

}
