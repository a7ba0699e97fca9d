package vn.cadre.assignments.mandate;

import vn.cadre.assignments.RuleViolation;

/** The mandate was rescinded; it can no longer be changed. */
public class MandateRescinded extends RuleViolation {

	MandateRescinded(String mandateId) {
		super("mandate.rescinded", mandateId);
	}

}
