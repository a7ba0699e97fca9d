package vn.cadre.kernel.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * A unit ceased on {@code lastDay} because its area and population went in parts to
 * several successors (chia tách, nhập một phần); its open mandates ended the same day
 * with cause {@code UNIT_SPLIT} in the same commit.
 *
 * @param successorIds the units that received a part, in the resolution's order
 */
@EventRevision("1")
public record UnitSplit(String unitId, List<String> successorIds, LocalDate lastDay, String restructuringId,
		String legalBasis) implements UnitEvent {

	public UnitSplit {
		Objects.requireNonNull(unitId, "unitId");
		successorIds = List.copyOf(successorIds);
		Objects.requireNonNull(lastDay, "lastDay");
		Objects.requireNonNull(restructuringId, "restructuringId");
		Objects.requireNonNull(legalBasis, "legalBasis");
	}

}
