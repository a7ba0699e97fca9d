package vn.cadre.assignments.unit;

import java.time.LocalDate;

import vn.cadre.assignments.RuleViolation;

/** A change dated on a day the unit did not exist. */
public class UnitNotActiveOn extends RuleViolation {

	UnitNotActiveOn(LocalDate day, LocalDate establishedOn, LocalDate dissolvedOn) {
		super("unit.not-active-on", day, establishedOn, dissolvedOn);
	}

}
