package vn.cadre.kernel.unit;

import java.util.Objects;
import java.util.regex.Pattern;

import vn.cadre.kernel.InvalidValue;

/**
 * Official code of an administrative unit (mã ĐVHC): 2 digits for a province, 3 for a
 * district, 5 for a commune-level unit. Leading zeros are significant.
 */
public record UnitCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{2}|\\d{3}|\\d{5}");

	public UnitCode {
		Objects.requireNonNull(value, "unit code");
		if (!FORMAT.matcher(value).matches()) {
			throw new InvalidValue("value.unit-code", value);
		}
	}

	public static boolean isValid(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
