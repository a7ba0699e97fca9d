package vn.cadre.assignments.mandate;

import vn.cadre.assignments.RuleViolation;

/**
 * A correction of a mandate that has ended must keep a last day: reopening it is not a
 * correction of its dates.
 */
public class EndedMandateNeedsLastDay extends RuleViolation {

	EndedMandateNeedsLastDay(String mandateId) {
		super("Nhiệm vụ " + mandateId + " đã kết thúc; đính chính phải ghi ngày cuối / The mandate " + mandateId
				+ " has ended; its correction must give the last day");
	}

}
