package vn.cadre.kernel.unit;

import java.time.LocalDate;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * A unit belongs to another parent from {@code effectiveOn}: its district was abolished
 * (the commune now answers to the province) or its province merged into another.
 *
 * @param parentId the new parent, or {@code null} for a province
 * @param restructuringId the resolution that decided it, or {@code null} for a change on
 * its own
 */
@EventRevision("1")
public record UnitReparented(String unitId, String parentId, LocalDate effectiveOn, String restructuringId,
		String legalBasis) implements UnitEvent {

	public UnitReparented {
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(effectiveOn, "effectiveOn");
		Objects.requireNonNull(legalBasis, "legalBasis");
	}

}
