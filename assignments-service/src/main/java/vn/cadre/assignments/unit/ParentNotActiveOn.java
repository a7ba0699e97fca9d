package vn.cadre.assignments.unit;

import java.time.LocalDate;

import vn.cadre.assignments.RuleViolation;

/** A unit's parent must exist on the day the unit comes under it. */
public class ParentNotActiveOn extends RuleViolation {

	ParentNotActiveOn(String parentId, LocalDate day, LocalDate establishedOn, LocalDate dissolvedOn) {
		super("parent.not-active-on", parentId, day, establishedOn, dissolvedOn);
	}

}
