package vn.cadre.assignments.mandate;

import vn.cadre.assignments.RuleViolation;

/** A correction that would record the same facts again. */
public class CorrectionChangesNothing extends RuleViolation {

	CorrectionChangesNothing(String mandateId) {
		super("mandate.correction-changes-nothing", mandateId);
	}

}
