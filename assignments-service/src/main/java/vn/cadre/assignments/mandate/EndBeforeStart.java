package vn.cadre.assignments.mandate;

import java.time.LocalDate;

import vn.cadre.assignments.RuleViolation;

/**
 * Ending a mandate on a day before it began: a mandate that never took effect is
 * rescinded, not ended.
 */
public class EndBeforeStart extends RuleViolation {

	EndBeforeStart(String mandateId, LocalDate lastDay, LocalDate from) {
		super("mandate.end-before-start", mandateId, lastDay, from);
	}

}
