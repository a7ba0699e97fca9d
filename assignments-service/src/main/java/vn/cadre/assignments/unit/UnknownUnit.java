package vn.cadre.assignments.unit;

import vn.cadre.assignments.Refusal;

/**
 * A command names a unit that is not in the register; {@link #field} names where the
 * command named it ({@code unitId}, {@code parentId}, {@code predecessorIds},
 * {@code sources}), so a form can show the refusal there.
 */
public class UnknownUnit extends Refusal {

	private final String field;

	UnknownUnit(String unitId, String field) {
		super("unit.unknown", unitId);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
