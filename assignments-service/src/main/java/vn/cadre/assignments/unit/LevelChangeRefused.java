package vn.cadre.assignments.unit;

import vn.cadre.assignments.RuleViolation;
import vn.cadre.kernel.unit.UnitType;

/**
 * A change of type would move the unit to another level. Posts exist by level, so such a
 * unit is a new one: a resolution forms it from the old unit (as a district became a đặc
 * khu in 2025).
 */
public class LevelChangeRefused extends RuleViolation {

	LevelChangeRefused(String unitId, UnitType from, UnitType to) {
		super("unit.level-change", unitId, from, to);
	}

}
