package vn.cadre.kernel.unit;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Name of a unit in one canonical form. Official tables spell the same name in several
 * Unicode forms and with stray spaces; comparing them needs NFC and collapsed white
 * space.
 */
public record UnitName(String value) {

	public static final int MAX_LENGTH = 120;

	public UnitName {
		Objects.requireNonNull(value, "unit name");
		value = Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
		if (value.isEmpty() || value.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("unit name must have 1 to " + MAX_LENGTH + " characters");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
