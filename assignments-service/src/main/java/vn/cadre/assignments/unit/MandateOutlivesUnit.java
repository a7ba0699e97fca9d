package vn.cadre.assignments.unit;

import java.time.LocalDate;

import vn.cadre.assignments.RuleViolation;

/**
 * The unit would end before a mandate in it begins; that mandate must be rescinded or
 * moved first.
 */
public class MandateOutlivesUnit extends RuleViolation {

	MandateOutlivesUnit(String mandateId, LocalDate lastDay) {
		super("mandate.outlives-unit", mandateId, lastDay);
	}

}
