package vn.cadre.assignments.mandate;

import vn.cadre.assignments.RuleViolation;
import vn.cadre.kernel.mandate.DateRange;

/**
 * Ending a mandate after the last day its decision set: extending it is a correction, not
 * an ending.
 */
public class EndBeyondPeriod extends RuleViolation {

	EndBeyondPeriod(String mandateId, DateRange period) {
		super("mandate.end-beyond-period", mandateId, period);
	}

}
