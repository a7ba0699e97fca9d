package vn.cadre.assignments.unit;

import java.time.LocalDate;

import vn.cadre.assignments.RuleViolation;

/** Another unit carries the code on a day of the new claim. */
public class CodeInUse extends RuleViolation {

	CodeInUse(String code, String holderId, LocalDate from, LocalDate until) {
		super("code.in-use", code, holderId, from, until);
	}

}
