package vn.cadre.assignments.unit;

import vn.cadre.assignments.RuleViolation;

/** A change that would leave the unit as it is. */
public class UnitUnchanged extends RuleViolation {

	UnitUnchanged(String unitId, String what) {
		super("Đơn vị " + unitId + " đã có " + what + " / The unit " + unitId + " already has this " + what);
	}

}
