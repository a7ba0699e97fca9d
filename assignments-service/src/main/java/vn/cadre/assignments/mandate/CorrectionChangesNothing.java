package vn.cadre.assignments.mandate;

import vn.cadre.assignments.RuleViolation;

/** A correction that would record the same facts again. */
public class CorrectionChangesNothing extends RuleViolation {

	CorrectionChangesNothing(String mandateId) {
		super("Đính chính không thay đổi gì ở nhiệm vụ " + mandateId + " / The correction changes nothing in mandate "
				+ mandateId);
	}

}
