package vn.cadre.kernel.unit;

import java.util.Objects;
import java.util.UUID;

/** Internal, never-reused identity of an administrative unit. */
public record UnitId(String value) {

	public UnitId {
		Objects.requireNonNull(value, "unit id");
		if (value.isBlank()) {
			throw new IllegalArgumentException("unit id must not be blank");
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
