package vn.cadre.assignments.mandate;

import java.time.LocalDate;

import vn.cadre.assignments.RuleViolation;

/** Ending a mandate that has already ended; changing its end is a correction. */
public class MandateAlreadyEnded extends RuleViolation {

	MandateAlreadyEnded(String mandateId, LocalDate lastDay) {
		super("Nhiệm vụ " + mandateId + " đã kết thúc ngày " + lastDay + " / The mandate " + mandateId
				+ " already ended on " + lastDay);
	}

}
