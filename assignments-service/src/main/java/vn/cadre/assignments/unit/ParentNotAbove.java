package vn.cadre.assignments.unit;

import vn.cadre.assignments.RuleViolation;
import vn.cadre.kernel.unit.UnitLevel;

/** A parent must be of a higher level than the unit it contains. */
public class ParentNotAbove extends RuleViolation {

	ParentNotAbove(String parentId, UnitLevel parentLevel, UnitLevel childLevel) {
		super("parent.not-above", parentId, parentLevel, childLevel);
	}

}
