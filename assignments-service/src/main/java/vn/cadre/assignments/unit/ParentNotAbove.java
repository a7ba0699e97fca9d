package vn.cadre.assignments.unit;

import vn.cadre.assignments.RuleViolation;
import vn.cadre.kernel.unit.UnitLevel;

/** A parent must be of a higher level than the unit it contains. */
public class ParentNotAbove extends RuleViolation {

	ParentNotAbove(String parentId, UnitLevel parentLevel, UnitLevel childLevel) {
		super("Đơn vị " + parentId + " (cấp " + parentLevel + ") không thể là cấp trên của đơn vị cấp " + childLevel
				+ " / Unit " + parentId + " (" + parentLevel + ") cannot contain a unit of level " + childLevel);
	}

}
