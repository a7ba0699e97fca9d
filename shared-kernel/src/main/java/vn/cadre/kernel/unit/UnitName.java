package vn.cadre.kernel.unit;

import java.text.Normalizer;
import java.util.Objects;

import vn.cadre.kernel.InvalidValue;

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
			throw new InvalidValue("value.unit-name", String.valueOf(MAX_LENGTH));
		}
	}

	/**
	 * The bare name: official tables write "Xã Bình Lư" or "Thị trấn Tam Đường"; the
	 * register keeps "Bình Lư" and "Tam Đường" and the type separately. A name that does
	 * not start with its type's word is kept as it is.
	 */
	public UnitName withoutTypeWord(UnitType type) {
		String prefix = type.typeWord() + " ";
		if (this.value.length() > prefix.length() && this.value.regionMatches(true, 0, prefix, 0, prefix.length())) {
			return new UnitName(this.value.substring(prefix.length()));
		}
		return this;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
