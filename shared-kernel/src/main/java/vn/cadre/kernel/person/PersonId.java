package vn.cadre.kernel.person;

import java.util.Objects;
import java.util.regex.Pattern;

import vn.cadre.kernel.InvalidValue;

/**
 * Identifier of a person: a pseudonym such as {@code can-bo-07} or an official
 * identifier.
 */
public record PersonId(String value) {

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	public PersonId {
		Objects.requireNonNull(value, "person id");
		if (!FORMAT.matcher(value).matches()) {
			throw new InvalidValue("value.person-id");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
