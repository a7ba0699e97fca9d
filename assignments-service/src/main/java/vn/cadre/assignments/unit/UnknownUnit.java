package vn.cadre.assignments.unit;

/**
 * A command names a unit that is not in the register; {@link #field} names where the
 * command named it ({@code unitId}, {@code parentId}, {@code predecessorIds},
 * {@code sources}), so a form can show the refusal there.
 */
public class UnknownUnit extends RuntimeException {

	private final String field;

	UnknownUnit(String unitId, String field) {
		super("Không có đơn vị " + unitId + " / No unit " + unitId + " in the register");
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
