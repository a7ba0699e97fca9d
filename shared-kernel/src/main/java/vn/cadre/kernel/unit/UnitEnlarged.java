package vn.cadre.kernel.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * A unit that continues took in other units, whole or in part, from {@code effectiveOn}
 * (absorption, or a transfer of part of a neighbour). Its identity, code and mandates are
 * unchanged; the sources record {@link UnitMergedInto}, {@link UnitSplit} or
 * {@link PartsTransferred} in the same commit.
 *
 * @param sourceIds the units it took in, whole or in part, in the resolution's order
 * @param partialSourceIds those of {@code sourceIds} of which only a part came
 * @param lineage every code the sources (and their own predecessors) carried, closed the
 * day before, which locality is decided against from now on
 */
@EventRevision("1")
public record UnitEnlarged(String unitId, LocalDate effectiveOn, List<String> sourceIds, List<String> partialSourceIds,
		List<CodeSpan> lineage, String restructuringId, String legalBasis) implements UnitEvent {

	public UnitEnlarged {
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(effectiveOn, "effectiveOn");
		sourceIds = List.copyOf(sourceIds);
		partialSourceIds = (partialSourceIds != null) ? List.copyOf(partialSourceIds) : List.of();
		lineage = List.copyOf(lineage);
		Objects.requireNonNull(restructuringId, "restructuringId");
		Objects.requireNonNull(legalBasis, "legalBasis");
	}

}
