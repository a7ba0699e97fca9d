package vn.cadre.kernel.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * A new unit was formed from its predecessors, each whole or in part (nhập toàn bộ, nhập
 * một phần), from {@code establishedOn}; this is the successor's first event. Each
 * predecessor records {@link UnitMergedInto}, {@link UnitSplit} or
 * {@link PartsTransferred} in the same commit.
 *
 * @param unitId the successor
 * @param code, name, type, parentId as in {@link UnitRegistered}
 * @param predecessorIds the units it was formed from, in the order the resolution lists
 * them
 * @param partialPredecessorIds those of {@code predecessorIds} of which only a part came
 * (added without a new revision: absent in older events, read as empty)
 * @param lineage every code the predecessors (and their own predecessors) carried, closed
 * the day before
 * @param restructuringId id of this merger, also on every event it caused
 */
@EventRevision("1")
public record UnitsMerged(String unitId, String code, String name, UnitType type, String parentId,
		LocalDate establishedOn, List<String> predecessorIds, List<String> partialPredecessorIds,
		List<CodeSpan> lineage, String restructuringId, String legalBasis) implements UnitEvent {

	public UnitsMerged {
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(establishedOn, "establishedOn");
		predecessorIds = List.copyOf(predecessorIds);
		partialPredecessorIds = (partialPredecessorIds != null) ? List.copyOf(partialPredecessorIds) : List.of();
		lineage = List.copyOf(lineage);
		Objects.requireNonNull(restructuringId, "restructuringId");
		Objects.requireNonNull(legalBasis, "legalBasis");
	}

}
