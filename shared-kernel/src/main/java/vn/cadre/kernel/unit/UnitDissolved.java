package vn.cadre.kernel.unit;

import java.time.LocalDate;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * A unit ceased on {@code lastDay} without a successor; its open mandates ended the same
 * day with cause {@code UNIT_DISSOLVED} in the same commit.
 */
@EventRevision("1")
public record UnitDissolved(String unitId, LocalDate lastDay, String legalBasis) implements UnitEvent {

	public UnitDissolved {
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(lastDay, "lastDay");
		Objects.requireNonNull(legalBasis, "legalBasis");
	}

}
