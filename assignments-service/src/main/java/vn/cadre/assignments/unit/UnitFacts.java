package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.cadre.assignments.mandate.LocalityRule;
import vn.cadre.assignments.mandate.MandateDecisions;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.unit.CodeSpan;
import vn.cadre.kernel.unit.UnitType;

/**
 * A unit as its decisions see it at the moment a command arrives: what it is called, what
 * it is and under whom, since when, the days it exists and the codes it carried.
 * {@link AdministrativeUnit} keeps these as its fields (a snapshot holds them) and hands
 * a copy to {@link UnitChanges} and {@link RestructuringDecisions}, and describes itself
 * to {@link MandateDecisions}.
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

	/**
	 * Requires a mandate's period to fall within the unit's days: it starts on one, and
	 * ends by the unit's last day when the unit has one.
	 */
	void requireHolds(DateRange period) {
		requireActiveOn(period.from());
		if (this.dissolvedOn != null && (period.isOpen() || period.until().isAfter(this.dissolvedOn))) {
			throw new MandateNeedsUnitsLastDay(this.unitId, this.dissolvedOn);
		}
	}

	/** The unit as its mandates' decisions see it: its level and the codes it carried. */
	MandateDecisions.Host asHost() {
		return new MandateDecisions.Host(this.unitId, this.type.level(),
				this.lineage.stream()
					.map(span -> new LocalityRule.CodePeriod(span.code(), new DateRange(span.from(), span.until()),
							span.name()))
					.toList());
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
