package vn.cadre.assignments.person;

import vn.cadre.assignments.RuleViolation;

/** A correction that would record the origin the person already has. */
public class OriginUnchanged extends RuleViolation {

	OriginUnchanged() {
		super("origin.unchanged");
	}

}
