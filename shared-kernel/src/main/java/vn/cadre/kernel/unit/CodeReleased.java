package vn.cadre.kernel.unit;

import java.time.LocalDate;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * The unit that carried {@code code} ceased on {@code lastDay}; the code is free for
 * another unit from the next day.
 */
@EventRevision("1")
public record CodeReleased(String code, String unitId, LocalDate lastDay, String legalBasis) implements UnitCodeEvent {

	public CodeReleased {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(lastDay, "lastDay");
		Objects.requireNonNull(legalBasis, "legalBasis");
	}

}
