package vn.cadre.assignments.mandate;

import vn.cadre.assignments.RuleViolation;

/**
 * A correction of a mandate that has ended must keep a last day: reopening it is not a
 * correction of its dates.
 */
public class EndedMandateNeedsLastDay extends RuleViolation {

	EndedMandateNeedsLastDay(String mandateId) {
		super("mandate.ended-needs-last-day", mandateId);
	}

}
