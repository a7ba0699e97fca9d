package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.List;

import vn.cadre.assignments.InvalidRequest;
import vn.cadre.assignments.document.CitesLegalBasis;
import vn.cadre.kernel.unit.UnitCode;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitName;
import vn.cadre.kernel.unit.UnitType;

/**
 * Merge communes whole into a new successor from {@code effectiveOn}: one decision, all
 * or nothing. The predecessors end the day before, with every mandate still open in them,
 * and the successor starts on that day.
 */
public record MergeCommunes(String restructuringId, UnitId successorId, UnitCode code, UnitName name, UnitType type,
		UnitId parentId, LocalDate effectiveOn, List<UnitId> predecessorIds,
		String legalBasis) implements CitesLegalBasis {

	public MergeCommunes {
		predecessorIds = List.copyOf(predecessorIds);
		if (predecessorIds.isEmpty()) {
			throw new InvalidRequest("command.merger-without-predecessor");
		}
		if (predecessorIds.stream().distinct().count() != predecessorIds.size()) {
			throw new InvalidRequest("command.predecessor-twice");
		}
		if (predecessorIds.contains(successorId)) {
			throw new InvalidRequest("command.successor-own-predecessor");
		}
	}

}
