package vn.cadre.kernel.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * Part of a unit's area and population went to other units from {@code effectiveOn} (điều
 * chỉnh một phần); the unit continues with its identity, code and mandates.
 *
 * @param recipientIds the units that received a part, in the resolution's order
 */
@EventRevision("1")
public record PartsTransferred(String unitId, List<String> recipientIds, LocalDate effectiveOn, String restructuringId,
		String legalBasis) implements UnitEvent {

	public PartsTransferred {
		Objects.requireNonNull(unitId, "unitId");
		recipientIds = List.copyOf(recipientIds);
		Objects.requireNonNull(effectiveOn, "effectiveOn");
		Objects.requireNonNull(restructuringId, "restructuringId");
		Objects.requireNonNull(legalBasis, "legalBasis");
	}

}
