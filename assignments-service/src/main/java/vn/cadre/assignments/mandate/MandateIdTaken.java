package vn.cadre.assignments.mandate;

import vn.cadre.assignments.RuleViolation;

/** An assignment with a mandate id this unit already has. */
public class MandateIdTaken extends RuleViolation {

	MandateIdTaken(String mandateId) {
		super("mandate.id-taken", mandateId);
	}

}
