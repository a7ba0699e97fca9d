package vn.cadre.assignments.unit;

/** A command refers to a unit that is not in the register. */
public class UnknownUnit extends RuntimeException {

	UnknownUnit(String unitId) {
		super("Không có đơn vị " + unitId + " / No unit " + unitId + " in the register");
	}

}
