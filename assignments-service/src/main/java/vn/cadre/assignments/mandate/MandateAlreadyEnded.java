package vn.cadre.assignments.mandate;

import java.time.LocalDate;

import vn.cadre.assignments.RuleViolation;

/** Ending a mandate that has already ended; changing its end is a correction. */
public class MandateAlreadyEnded extends RuleViolation {

	MandateAlreadyEnded(String mandateId, LocalDate lastDay) {
		super("mandate.already-ended", mandateId, lastDay);
	}

}
