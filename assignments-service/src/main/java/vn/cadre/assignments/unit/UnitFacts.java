package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.cadre.kernel.unit.CodeSpan;
import vn.cadre.kernel.unit.UnitType;

/**
 * A unit as its decisions see it at the moment a command arrives: what it is called, what
 * it is and under whom, since when, the days it exists and the codes it carried.
 * {@link AdministrativeUnit} keeps these as its fields (a snapshot holds them) and hands
 * a copy to {@link UnitChanges} and {@link RestructuringDecisions}.
 */
record UnitFacts(String unitId, String code, UnitType type, LocalDate typeSince, String parentId, LocalDate parentSince,
		String name, LocalDate nameSince, LocalDate establishedOn, LocalDate dissolvedOn, List<CodeSpan> lineage,
		Set<LocalDate> restructuredOn) {

	UnitFacts {
		lineage = List.copyOf(lineage);
		restructuredOn = Set.copyOf(restructuredOn);
	}

	boolean isActiveOn(LocalDate day) {
		return !day.isBefore(this.establishedOn) && (this.dissolvedOn == null || !day.isAfter(this.dissolvedOn));
	}

	void requireActiveOn(LocalDate day) {
		if (!isActiveOn(day)) {
			throw new UnitNotActiveOn(day, this.establishedOn, this.dissolvedOn);
		}
	}

	/** The codes it carried up to {@code lastDay}, the open one closed that day. */
	List<CodeSpan> lineageUntil(LocalDate lastDay) {
		return this.lineage.stream()
			.filter(span -> !span.from().isAfter(lastDay))
			.map(span -> (span.until() != null) ? span
					: new CodeSpan(span.unitId(), span.code(), span.name(), span.from(), lastDay))
			.toList();
	}

}
