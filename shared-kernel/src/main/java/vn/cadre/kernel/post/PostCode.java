package vn.cadre.kernel.post;

import java.util.Objects;
import java.util.regex.Pattern;

import vn.cadre.kernel.InvalidValue;

/** Stable code of a post in the catalogue, such as {@code PARTY_SECRETARY}. */
public record PostCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

	public PostCode {
		Objects.requireNonNull(value, "post code");
		if (!FORMAT.matcher(value).matches()) {
			throw new InvalidValue("value.post-code", value);
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
