package vn.cadre.console.staff;

import vn.cadre.console.api.UnitEntry;

/** A unit as the pickers name it. */
final class Units {

	private Units() {
	}

	/** Name and code, the way the unit picker's options read. */
	static String label(UnitEntry unit) {
		return (unit.code() != null) ? unit.name() + " (" + unit.code() + ")" : unit.name();
	}

}
