package vn.cadre.kernel.unit;

import java.time.LocalDate;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * A unit entered the register: it exists under this code, name and type from
 * {@code establishedOn}.
 *
 * @param unitId internal id of the new unit
 * @param code official code, valid for this unit from {@code establishedOn}
 * @param name official name, Unicode NFC, without the type word where the source omits it
 * @param type legal type, which implies the level
 * @param parentId the unit it belongs to, or {@code null} for a province
 * @param establishedOn first day of validity
 * @param legalBasis number of the document that establishes or records the unit
 */
@EventRevision("1")
public record UnitRegistered(String unitId, String code, String name, UnitType type, String parentId,
		LocalDate establishedOn, String legalBasis) implements UnitEvent {

	public UnitRegistered {
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(establishedOn, "establishedOn");
		Objects.requireNonNull(legalBasis, "legalBasis");
	}

}
