package vn.cadre.reporting.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.cadre.kernel.CadreEvent;
import vn.cadre.kernel.briefing.BriefingRecorded;
import vn.cadre.kernel.document.DocumentRegistered;
import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.AssignmentRescinded;
import vn.cadre.kernel.mandate.MandateEvent;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.person.PersonEvent;
import vn.cadre.kernel.unit.CodeAssigned;
import vn.cadre.kernel.unit.CodeReleased;
import vn.cadre.kernel.unit.CodeSpan;
import vn.cadre.kernel.unit.PartsTransferred;
import vn.cadre.kernel.unit.UnitDissolved;
import vn.cadre.kernel.unit.UnitEnlarged;
import vn.cadre.kernel.unit.UnitEvent;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitRenamed;
import vn.cadre.kernel.unit.UnitReparented;
import vn.cadre.kernel.unit.UnitRetyped;
import vn.cadre.kernel.unit.UnitSplit;
import vn.cadre.kernel.unit.UnitsMerged;

/**
 * Whom and when an event is about: every unit it names (the unit itself, the other side
 * of a restructuring, the units whose codes a successor inherits), every person, and the
 * valid time it speaks of. A mandate's period for mandates; the day a change to a unit, a
 * code, a briefing or a document takes effect; none for a person's particulars.
 *
 * <p>
 * A parent unit is not a subject: a province would otherwise hold every event of each of
 * its communes.
 */
record EventSubjects(List<String> unitIds, List<String> personIds, ValidSpan valid) {

	/**
	 * What an event type not taught here yet gets: it is still logged, only not found by
	 * unit, person or valid time ({@code EventSubjectsTest} fails until it is taught).
	 */
	static final EventSubjects NONE = new EventSubjects(List.of(), List.of(), ValidSpan.NONE);

	EventSubjects {
		unitIds = distinct(unitIds);
		personIds = distinct(personIds);
		Objects.requireNonNull(valid, "valid");
	}

	/**
	 * The subjects of {@code payload}; for a mandate event, {@code mandateBefore} (null
	 * when unknown) supplies the holder and period that an ending or a rescission does
	 * not repeat, and the earlier holder and period a correction replaced.
	 */
	static EventSubjects of(CadreEvent payload, MandateState mandateBefore) {
		if (payload instanceof MandateEvent mandate) {
			return ofMandate(mandate, mandateBefore);
		}
		if (payload instanceof UnitEvent unit) {
			return ofUnit(unit);
		}
		if (payload instanceof CodeAssigned assigned) {
			return new EventSubjects(List.of(assigned.unitId()), List.of(), ValidSpan.day(assigned.from()));
		}
		if (payload instanceof CodeReleased released) {
			return new EventSubjects(List.of(released.unitId()), List.of(), ValidSpan.day(released.lastDay()));
		}
		if (payload instanceof PersonEvent person) {
			return new EventSubjects(List.of(), List.of(person.personId()), ValidSpan.NONE);
		}
		if (payload instanceof BriefingRecorded briefing) {
			return new EventSubjects(List.of(briefing.unitId()), List.of(), ValidSpan.day(briefing.heldOn()));
		}
		if (payload instanceof DocumentRegistered document) {
			return new EventSubjects(List.of(), List.of(), ValidSpan.day(document.issuedOn()));
		}
		return NONE;
	}

	private static EventSubjects ofMandate(MandateEvent event, MandateState before) {
		MandateState known = (before != null) ? before : new MandateState(MandateState.keyOf(event), null, null, null);
		List<String> unit = List.of(event.unitId());
		if (event instanceof PositionAssigned assigned) {
			return new EventSubjects(unit, List.of(assigned.personId()),
					new ValidSpan(assigned.from(), assigned.until()));
		}
		if (event instanceof AssignmentCorrected corrected) {
			return new EventSubjects(unit, listOf(corrected.personId(), known.personId()),
					new ValidSpan(corrected.from(), corrected.until()).hull(known.period()));
		}
		if (event instanceof AssignmentEnded ended) {
			return new EventSubjects(unit, listOf(known.personId()), ValidSpan.day(ended.lastDay()));
		}
		if (event instanceof AssignmentRescinded) {
			return new EventSubjects(unit, listOf(known.personId()), known.period());
		}
		return NONE;
	}

	private static EventSubjects ofUnit(UnitEvent event) {
		if (event instanceof UnitRegistered registered) {
			return unit(event, List.of(), ValidSpan.day(registered.establishedOn()));
		}
		if (event instanceof UnitRenamed renamed) {
			return unit(event, List.of(), ValidSpan.day(renamed.effectiveOn()));
		}
		if (event instanceof UnitRetyped retyped) {
			return unit(event, List.of(), ValidSpan.day(retyped.effectiveOn()));
		}
		if (event instanceof UnitReparented reparented) {
			return unit(event, List.of(), ValidSpan.day(reparented.effectiveOn()));
		}
		if (event instanceof UnitsMerged merged) {
			return unit(event, concat(merged.predecessorIds(), codeHolders(merged.lineage())),
					ValidSpan.day(merged.establishedOn()));
		}
		if (event instanceof UnitEnlarged enlarged) {
			return unit(event, concat(enlarged.sourceIds(), codeHolders(enlarged.lineage())),
					ValidSpan.day(enlarged.effectiveOn()));
		}
		if (event instanceof UnitMergedInto mergedInto) {
			return unit(event, List.of(mergedInto.successorId()), ValidSpan.day(mergedInto.lastDay()));
		}
		if (event instanceof UnitSplit split) {
			return unit(event, split.successorIds(), ValidSpan.day(split.lastDay()));
		}
		if (event instanceof PartsTransferred transferred) {
			return unit(event, transferred.recipientIds(), ValidSpan.day(transferred.effectiveOn()));
		}
		if (event instanceof UnitDissolved dissolved) {
			return unit(event, List.of(), ValidSpan.day(dissolved.lastDay()));
		}
		return NONE;
	}

	private static EventSubjects unit(UnitEvent event, List<String> others, ValidSpan valid) {
		return new EventSubjects(concat(List.of(event.unitId()), others), List.of(), valid);
	}

	private static List<String> codeHolders(List<CodeSpan> lineage) {
		return lineage.stream().map(CodeSpan::unitId).toList();
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private static List<String> listOf(String... ids) {
		List<String> present = new ArrayList<>();
		for (String id : ids) {
			if (id != null) {
				present.add(id);
			}
		}
		return present;
	}

	private static List<String> distinct(Collection<String> ids) {
		Set<String> unique = new LinkedHashSet<>();
		ids.stream().filter(Objects::nonNull).forEach(unique::add);
		return List.copyOf(unique);
	}

}
