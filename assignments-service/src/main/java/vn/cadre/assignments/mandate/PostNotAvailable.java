package vn.cadre.assignments.mandate;

import java.time.LocalDate;

import vn.cadre.assignments.RuleViolation;

/**
 * The post does not exist, or not at the unit's level, or not on the first day of the
 * period.
 */
public class PostNotAvailable extends RuleViolation {

	public PostNotAvailable(String postCode, String level, LocalDate day) {
		super("post.not-available", postCode, level, day);
	}

}
