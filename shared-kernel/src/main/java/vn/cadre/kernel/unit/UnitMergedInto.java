package vn.cadre.kernel.unit;

import java.time.LocalDate;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * A unit ceased on {@code lastDay}, merged whole into {@code successorId}; its open
 * mandates ended the same day with cause {@code UNIT_MERGED} in the same commit.
 */
@EventRevision("1")
public record UnitMergedInto(String unitId, String successorId, LocalDate lastDay, String restructuringId,
		String legalBasis) implements UnitEvent {

	public UnitMergedInto {
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(successorId, "successorId");
		Objects.requireNonNull(lastDay, "lastDay");
		Objects.requireNonNull(restructuringId, "restructuringId");
		Objects.requireNonNull(legalBasis, "legalBasis");
	}

}
