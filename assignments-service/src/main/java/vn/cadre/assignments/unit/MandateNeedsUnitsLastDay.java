package vn.cadre.assignments.unit;

import java.time.LocalDate;

import vn.cadre.assignments.RuleViolation;

/**
 * A mandate recorded in a unit that has ended (merged, dissolved) must end by the unit's
 * last day: no one holds a post in a unit that no longer exists. A merger ends the
 * mandates it finds; one recorded or corrected later must give its last day itself.
 */
public class MandateNeedsUnitsLastDay extends RuleViolation {

	MandateNeedsUnitsLastDay(String unitId, LocalDate unitLastDay) {
		super("mandate.needs-units-last-day", unitId, unitLastDay);
	}

}
