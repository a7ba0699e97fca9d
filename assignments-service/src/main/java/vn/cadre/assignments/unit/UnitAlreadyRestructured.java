package vn.cadre.assignments.unit;

import java.time.LocalDate;

import vn.cadre.assignments.RuleViolation;

/** The unit has already ceased, through another restructuring. */
public class UnitAlreadyRestructured extends RuleViolation {

	UnitAlreadyRestructured(String unitId, LocalDate lastDay) {
		super("unit.already-ceased", unitId, lastDay);
	}

}
