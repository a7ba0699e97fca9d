package vn.cadre.console.staff;

import vn.cadre.console.api.MandateLine;
import vn.cadre.console.api.UnitEntry;

/**
 * What a command is about, as far as the console could read it: a unit, one of its
 * mandates, or nothing yet (a new person, a merger). Without the viewer's role the
 * register cannot be read: the unit is then only its id, and the mandate unknown.
 *
 * @param unit the unit, or {@code null} for a command about nothing yet
 * @param mandateId the mandate's id, or {@code null} for a command about a unit
 * @param mandate the mandate as the read side believes it, or {@code null} when it could
 * not be read
 */
public record Subject(UnitEntry unit, String mandateId, MandateLine mandate) {

	/** What kind of thing a command is about, which sets its address. */
	public enum Scope {

		/** Nothing registered yet: {@code /staff/new/<key>}. */
		NONE,
		/** A unit: {@code /staff/units/<unitId>/<key>}. */
		UNIT,
		/**
		 * A mandate of a unit: {@code /staff/units/<unitId>/mandates/<mandateId>/<key>}.
		 */
		MANDATE

	}

	static final Subject NOTHING = new Subject(null, null, null);

	public String unitId() {
		return (this.unit != null) ? this.unit.unitId() : null;
	}

	/** The unit as the pickers name it, or its id when the register could not be read. */
	public String unitLabel() {
		return (this.unit != null) ? Units.label(this.unit) : null;
	}

}
