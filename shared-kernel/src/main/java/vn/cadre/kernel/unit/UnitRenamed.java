package vn.cadre.kernel.unit;

import java.time.LocalDate;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * A unit took a new official name from {@code effectiveOn}; its identity, code and type
 * are unchanged.
 *
 * @param unitId the renamed unit
 * @param name the bare new name (Unicode NFC, without the type word)
 * @param effectiveOn first day of the new name
 * @param legalBasis number of the document that renames the unit
 */
@EventRevision("1")
public record UnitRenamed(String unitId, String name, LocalDate effectiveOn, String legalBasis) implements UnitEvent {

	public UnitRenamed {
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(effectiveOn, "effectiveOn");
		Objects.requireNonNull(legalBasis, "legalBasis");
	}

}
