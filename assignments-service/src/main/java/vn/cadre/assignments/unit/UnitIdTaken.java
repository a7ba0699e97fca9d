package vn.cadre.assignments.unit;

import vn.cadre.assignments.RuleViolation;

/** A new unit under an id that another unit already has. */
public class UnitIdTaken extends RuleViolation {

	UnitIdTaken(String unitId) {
		super("Mã định danh " + unitId + " đã được dùng / This id is already taken: " + unitId);
	}

}
