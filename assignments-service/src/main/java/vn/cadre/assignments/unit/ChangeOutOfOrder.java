package vn.cadre.assignments.unit;

import vn.cadre.assignments.RuleViolation;

import java.time.LocalDate;

/**
 * A change dated before the unit existed, or before the latest change of the same kind: a
 * unit's history is recorded forward, and a correction of the past is its own command.
 */
public class ChangeOutOfOrder extends RuleViolation {

	ChangeOutOfOrder(LocalDate effectiveOn, LocalDate notBefore) {
		super("unit.change-out-of-order", effectiveOn, notBefore);
	}

}
