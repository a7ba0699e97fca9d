package vn.cadre.assignments;

/**
 * A command that breaks a rule of an aggregate's history (409); its reason is worded in
 * the refusals' bundle.
 */
public abstract class RuleViolation extends Refusal {

	protected RuleViolation(String key, Object... args) {
		super(key, args);
	}

}
