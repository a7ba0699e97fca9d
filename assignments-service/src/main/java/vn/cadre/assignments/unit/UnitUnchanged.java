package vn.cadre.assignments.unit;

import vn.cadre.assignments.RuleViolation;

/** A change that would leave the unit as it is. */
public class UnitUnchanged extends RuleViolation {

	private UnitUnchanged(String key, String unitId, Object value) {
		super(key, unitId, value);
	}

	static UnitUnchanged type(String unitId, Object type) {
		return new UnitUnchanged("unit.type-unchanged", unitId, type);
	}

	static UnitUnchanged parent(String unitId, String parentId) {
		return new UnitUnchanged("unit.parent-unchanged", unitId, parentId);
	}

}
