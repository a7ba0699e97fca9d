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
 * @param name bare official name (Unicode NFC, without the type word: "Bình Lư", not "Xã
 * Bình Lư"); revision 1 stored the name as entered, sometimes with the type word
 * @param type legal type, which implies the level
 * @param parentId the unit it belongs to, or {@code null} for a province
 * @param establishedOn first day of validity
 * @param legalBasis number of the document that establishes or records the unit
 */
@EventRevision("2")
public record UnitRegistered(String unitId, String code, String name, UnitType type, String parentId,
		LocalDate establishedOn, String legalBasis) implements UnitEvent {

	/**
	 * Reads a revision-1 event as revision 2: the only change of meaning is that
	 * {@code name} no longer carries the type word. Both the event store's upcaster and
	 * readers of old topic records use this.
	 */
	public static String nameFromRevision1(String name, UnitType type) {
		return new UnitName(name).withoutTypeWord(type).value();
	}

	public UnitRegistered {
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(establishedOn, "establishedOn");
		Objects.requireNonNull(legalBasis, "legalBasis");
	}

}
