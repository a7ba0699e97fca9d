package vn.cadre.kernel.unit;

import java.time.LocalDate;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * A unit changed its legal type within its level from {@code effectiveOn} (a thị trấn
 * became a xã, a xã a phường); its identity, code and name are unchanged.
 *
 * @param restructuringId the resolution that decided it, or {@code null} for a change on
 * its own
 */
@EventRevision("1")
public record UnitRetyped(String unitId, UnitType type, LocalDate effectiveOn, String restructuringId,
		String legalBasis) implements UnitEvent {

	public UnitRetyped {
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(effectiveOn, "effectiveOn");
		Objects.requireNonNull(legalBasis, "legalBasis");
	}

}
