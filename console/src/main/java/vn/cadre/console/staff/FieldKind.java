package vn.cadre.console.staff;

/**
 * What kind of input a form field is, which says how its text enters a command's body.
 */
public enum FieldKind {

	/** One line of text. */
	TEXT,
	/** Several lines of text. */
	LONG_TEXT,
	/** A day, typed in the browser's date input (ISO). */
	DATE,
	/** A whole number. */
	NUMBER,
	/** One of a fixed list of values, each titled from the bundle. */
	CHOICE,
	/** A post of the unit's level, from the kernel's catalogue. */
	POST,
	/** A unit, picked by searching the register; its id is sent. */
	UNIT,
	/** A unit, picked by searching the register; its code is sent. */
	UNIT_CODE,
	/** Several units, picked one by one; their ids are sent as a list. */
	UNITS,
	/** Several short texts, one per line, sent as a list. */
	LINES;

	/** Whether the field is a unit picker, which renders its own search box. */
	public boolean picksUnits() {
		return this == UNIT || this == UNIT_CODE || this == UNITS;
	}

}
