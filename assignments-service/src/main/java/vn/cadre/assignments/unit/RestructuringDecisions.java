package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.cadre.assignments.mandate.Mandates;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.unit.CodeSpan;
import vn.cadre.kernel.unit.PartsTransferred;
import vn.cadre.kernel.unit.UnitDissolved;
import vn.cadre.kernel.unit.UnitEnlarged;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitSplit;
import vn.cadre.kernel.unit.UnitsMerged;

/**
 * What one unit decides in a restructuring: formed, giving itself away, taking others in,
 * or dissolved. Each returns the events to apply, in order: a unit that ends first ends
 * the mandates still running past its last day.
 */
final class RestructuringDecisions {

	private RestructuringDecisions() {
	}

	/**
	 * A unit formed by a resolution; its sources end or give their parts in the same
	 * commit.
	 */
	static UnitsMerged formed(RestructureUnits.Formation formation, RestructureUnits resolution,
			List<CodeSpan> sourceLineage) {
		return new UnitsMerged(formation.unitId().value(), formation.code().value(),
				formation.name().withoutTypeWord(formation.type()).value(), formation.type(),
				(formation.parentId() != null) ? formation.parentId().value() : null, resolution.effectiveOn(),
				formation.sources().stream().map(source -> source.unitId().value()).toList(),
				partialIds(formation.sources()), sourceLineage, resolution.restructuringId(), resolution.legalBasis());
	}

	/**
	 * Gives the unit away: whole to one recipient, or in parts to several; it ends the
	 * day before unless it continues.
	 */
	static List<Object> give(UnitFacts unit, Mandates mandates, RestructureUnits.Flow flow,
			RestructureUnits resolution) {
		LocalDate lastDay = resolution.lastDayBefore();
		requireUnchangedOn(unit, resolution.effectiveOn());
		unit.requireActiveOn(lastDay);
		List<String> recipientIds = flow.recipientIds().stream().map(UnitId::value).toList();
		if (flow.continues()) {
			unit.requireActiveOn(resolution.effectiveOn());
			return List.of(new PartsTransferred(unit.unitId(), recipientIds, resolution.effectiveOn(),
					resolution.restructuringId(), resolution.legalBasis()));
		}
		List<Object> events = endAllMandates(unit.unitId(), mandates, lastDay,
				flow.whole() ? EndCause.UNIT_MERGED : EndCause.UNIT_SPLIT, resolution.legalBasis(),
				resolution.restructuringId());
		events.add(flow.whole()
				? new UnitMergedInto(unit.unitId(), recipientIds.get(0), lastDay, resolution.restructuringId(),
						resolution.legalBasis())
				: new UnitSplit(unit.unitId(), recipientIds, lastDay, resolution.restructuringId(),
						resolution.legalBasis()));
		return events;
	}

	/** Takes in the sources of an enlargement; the unit continues with its code. */
	static UnitEnlarged enlarge(UnitFacts unit, RestructureUnits.Enlargement enlargement, RestructureUnits resolution,
			List<CodeSpan> sourceLineage) {
		requireUnchangedOn(unit, resolution.effectiveOn());
		unit.requireActiveOn(resolution.lastDayBefore());
		unit.requireActiveOn(resolution.effectiveOn());
		return new UnitEnlarged(unit.unitId(), resolution.effectiveOn(),
				enlargement.sources().stream().map(source -> source.unitId().value()).toList(),
				partialIds(enlargement.sources()), sourceLineage, resolution.restructuringId(),
				resolution.legalBasis());
	}

	/** Ends the unit without a successor; its code is free from the next day. */
	static List<Object> dissolve(UnitFacts unit, Mandates mandates, DissolveUnit command) {
		if (unit.dissolvedOn() != null) {
			throw new UnitAlreadyRestructured(unit.unitId(), unit.dissolvedOn());
		}
		unit.requireActiveOn(command.lastDay());
		List<Object> events = endAllMandates(unit.unitId(), mandates, command.lastDay(), EndCause.UNIT_DISSOLVED,
				command.legalBasis(), null);
		events.add(new UnitDissolved(unit.unitId(), command.lastDay(), command.legalBasis()));
		return events;
	}

	private static void requireUnchangedOn(UnitFacts unit, LocalDate effectiveOn) {
		if (unit.dissolvedOn() != null) {
			throw new UnitAlreadyRestructured(unit.unitId(), unit.dissolvedOn());
		}
		if (unit.restructuredOn().contains(effectiveOn)) {
			throw new AlreadyRestructuredOn(unit.unitId(), effectiveOn);
		}
	}

	/**
	 * A unit ending takes its mandates with it, on the same last day; none may begin
	 * after it.
	 */
	private static List<Object> endAllMandates(String unitId, Mandates mandates, LocalDate lastDay, EndCause cause,
			String legalBasis, String restructuringId) {
		mandates.startingAfter(lastDay).ifPresent(mandateId -> {
			throw new MandateOutlivesUnit(mandateId, lastDay);
		});
		List<Object> events = new ArrayList<>();
		for (String mandateId : mandates.runningPast(lastDay)) {
			events.add(new AssignmentEnded(mandateId, unitId, lastDay, cause, legalBasis, restructuringId));
		}
		return events;
	}

	private static List<String> partialIds(List<RestructureUnits.Source> sources) {
		return sources.stream()
			.filter(source -> source.share() == RestructureUnits.Share.PART)
			.map(source -> source.unitId().value())
			.toList();
	}

}
