package vn.cadre.assignments.unit;

import java.time.LocalDate;

import vn.cadre.assignments.RuleViolation;

/** The unit already took part in another restructuring effective on the same day. */
public class AlreadyRestructuredOn extends RuleViolation {

	AlreadyRestructuredOn(String unitId, LocalDate effectiveOn) {
		super("unit.already-restructured-on", unitId, effectiveOn);
	}

}
