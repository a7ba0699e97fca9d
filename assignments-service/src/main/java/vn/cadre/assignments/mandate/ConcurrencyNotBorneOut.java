package vn.cadre.assignments.mandate;

import java.util.List;

import vn.cadre.assignments.RuleViolation;

/**
 * Staff said whether an appointment is concurrent (kiêm nhiệm), and the holder's other
 * mandates in the unit say otherwise.
 */
public class ConcurrencyNotBorneOut extends RuleViolation {

	ConcurrencyNotBorneOut(String personId, boolean marked, List<String> others) {
		super(marked ? "concurrency.marked-but-alone" : "concurrency.unmarked-but-held", personId, others);
	}

}
