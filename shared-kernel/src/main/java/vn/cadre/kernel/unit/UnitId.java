package vn.cadre.kernel.unit;

import java.util.Objects;
import java.util.UUID;

import vn.cadre.kernel.InvalidValue;

/** Internal, never-reused identity of an administrative unit. */
public record UnitId(String value) {

	public UnitId {
		Objects.requireNonNull(value, "unit id");
		if (value.isBlank()) {
			throw new InvalidValue("value.unit-id");
		}
	}

	public static UnitId random() {
		return new UnitId(UUID.randomUUID().toString());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
