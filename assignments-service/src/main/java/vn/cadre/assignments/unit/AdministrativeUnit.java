package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import vn.cadre.assignments.mandate.AssignPosition;
import vn.cadre.assignments.mandate.CorrectAssignment;
import vn.cadre.assignments.mandate.EndAssignment;
import vn.cadre.assignments.mandate.LocalityRule;
import vn.cadre.assignments.mandate.MandateDecisions;
import vn.cadre.assignments.mandate.Mandates;
import vn.cadre.assignments.mandate.RescindAssignment;
import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.AssignmentRescinded;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.unit.CodeSpan;
import vn.cadre.kernel.unit.PartsTransferred;
import vn.cadre.kernel.unit.UnitCode;
import vn.cadre.kernel.unit.UnitDissolved;
import vn.cadre.kernel.unit.UnitEnlarged;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitLevel;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitName;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitRenamed;
import vn.cadre.kernel.unit.UnitReparented;
import vn.cadre.kernel.unit.UnitRetyped;
import vn.cadre.kernel.unit.UnitSplit;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.kernel.unit.UnitsMerged;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One administrative unit over its whole life, identified by its internal id, never by
 * its code: its names, type and parent over time, the codes of its lineage, and the
 * mandates of the posts in it. Changes that involve other units (registration with its
 * code, restructurings, a new parent) come through {@link UnitLifecycleHandler} and
 * {@link RestructuringCommandHandler}, which call the package-private methods here; the
 * rules stay in this class.
 */
@Revision("2")
public class AdministrativeUnit {

	@AggregateIdentifier
	private String unitId;

	private String code;

	private UnitType type;

	private LocalDate typeSince;

	private String parentId;

	private LocalDate parentSince;

	private LocalDate establishedOn;

	private LocalDate dissolvedOn;

	private String name;

	private LocalDate nameSince;

	/**
	 * The codes this unit (and, after a merger, its predecessors) carried: what locality
	 * is decided against.
	 */
	private List<CodeSpan> lineage = new ArrayList<>();

	/** Effective dates of the restructurings this unit took part in and continued. */
	private Set<LocalDate> restructuredOn = new HashSet<>();

	private Mandates mandates = new Mandates();

	protected AdministrativeUnit() {
	}

	AdministrativeUnit(RegisterUnit command) {
		apply(new UnitRegistered(command.unitId().value(), command.code().value(),
				command.name().withoutTypeWord(command.type()).value(), command.type(),
				(command.parentId() != null) ? command.parentId().value() : null, command.establishedOn(),
				command.legalBasis()));
	}

	/**
	 * A unit formed by a resolution; its sources have ended or given their parts in the
	 * same commit.
	 */
	AdministrativeUnit(RestructureUnits.Formation formation, RestructureUnits resolution,
			List<CodeSpan> sourceLineage) {
		apply(new UnitsMerged(formation.unitId().value(), formation.code().value(),
				formation.name().withoutTypeWord(formation.type()).value(), formation.type(),
				(formation.parentId() != null) ? formation.parentId().value() : null, resolution.effectiveOn(),
				formation.sources().stream().map(source -> source.unitId().value()).toList(),
				partialIds(formation.sources()), sourceLineage, resolution.restructuringId(), resolution.legalBasis()));
	}

	private static List<String> partialIds(List<RestructureUnits.Source> sources) {
		return sources.stream()
			.filter(source -> source.share() == RestructureUnits.Share.PART)
			.map(source -> source.unitId().value())
			.toList();
	}

	/**
	 * Gives this unit away in a resolution: whole to one recipient, or in parts to
	 * several; it ends the day before unless it continues. Returns the codes it carried,
	 * closed that day, for the recipients' lineage.
	 */
	List<CodeSpan> give(RestructureUnits.Flow flow, RestructureUnits resolution) {
		LocalDate lastDay = resolution.lastDayBefore();
		requireUnchangedOn(resolution.effectiveOn());
		requireActiveOn(lastDay);
		List<String> recipientIds = flow.recipientIds().stream().map(UnitId::value).toList();
		if (flow.continues()) {
			requireActiveOn(resolution.effectiveOn());
			apply(new PartsTransferred(this.unitId, recipientIds, resolution.effectiveOn(),
					resolution.restructuringId(), resolution.legalBasis()));
		}
		else if (flow.whole()) {
			endAllMandates(lastDay, EndCause.UNIT_MERGED, resolution.legalBasis(), resolution.restructuringId());
			apply(new UnitMergedInto(this.unitId, recipientIds.get(0), lastDay, resolution.restructuringId(),
					resolution.legalBasis()));
		}
		else {
			endAllMandates(lastDay, EndCause.UNIT_SPLIT, resolution.legalBasis(), resolution.restructuringId());
			apply(new UnitSplit(this.unitId, recipientIds, lastDay, resolution.restructuringId(),
					resolution.legalBasis()));
		}
		return this.lineage.stream()
			.filter(span -> !span.from().isAfter(lastDay))
			.map(span -> (span.until() != null) ? span
					: new CodeSpan(span.unitId(), span.code(), span.name(), span.from(), lastDay))
			.toList();
	}

	/** Takes in the sources of an enlargement; this unit continues with its code. */
	void enlarge(RestructureUnits.Enlargement enlargement, RestructureUnits resolution, List<CodeSpan> sourceLineage) {
		requireUnchangedOn(resolution.effectiveOn());
		requireActiveOn(resolution.lastDayBefore());
		requireActiveOn(resolution.effectiveOn());
		apply(new UnitEnlarged(this.unitId, resolution.effectiveOn(),
				enlargement.sources().stream().map(source -> source.unitId().value()).toList(),
				partialIds(enlargement.sources()), sourceLineage, resolution.restructuringId(),
				resolution.legalBasis()));
	}

	private void requireUnchangedOn(LocalDate effectiveOn) {
		if (this.dissolvedOn != null) {
			throw new UnitAlreadyRestructured(this.unitId, this.dissolvedOn);
		}
		if (this.restructuredOn.contains(effectiveOn)) {
			throw new AlreadyRestructuredOn(this.unitId, effectiveOn);
		}
	}

	/**
	 * Ends this unit without a successor; returns its code, which is free from the next
	 * day.
	 */
	UnitCode dissolve(DissolveUnit command) {
		if (this.dissolvedOn != null) {
			throw new UnitAlreadyRestructured(this.unitId, this.dissolvedOn);
		}
		requireActiveOn(command.lastDay());
		endAllMandates(command.lastDay(), EndCause.UNIT_DISSOLVED, command.legalBasis(), null);
		apply(new UnitDissolved(this.unitId, command.lastDay(), command.legalBasis()));
		return new UnitCode(this.code);
	}

	UnitCode code() {
		return new UnitCode(this.code);
	}

	UnitLevel level() {
		return this.type.level();
	}

	/**
	 * A unit ending takes its mandates with it, on the same last day; none may begin
	 * after it.
	 */
	private void endAllMandates(LocalDate lastDay, EndCause cause, String legalBasis, String restructuringId) {
		this.mandates.startingAfter(lastDay).ifPresent(mandateId -> {
			throw new MandateOutlivesUnit(mandateId, lastDay);
		});
		for (String mandateId : this.mandates.runningPast(lastDay)) {
			apply(new AssignmentEnded(mandateId, this.unitId, lastDay, cause, legalBasis, restructuringId));
		}
	}

	@CommandHandler
	void handle(RenameUnit command) {
		rename(command.name(), command.effectiveOn(), command.legalBasis());
	}

	void rename(UnitName newName, LocalDate effectiveOn, String legalBasis) {
		String bare = newName.withoutTypeWord(this.type).value();
		if (bare.equals(this.name)) {
			throw new UnitNameUnchanged(bare);
		}
		requireInOrder(effectiveOn, this.nameSince);
		requireActiveOn(effectiveOn);
		apply(new UnitRenamed(this.unitId, bare, effectiveOn, legalBasis));
	}

	@CommandHandler
	void handle(ChangeUnitType command) {
		retype(command.type(), command.effectiveOn(), null, command.legalBasis());
	}

	void retype(UnitType newType, LocalDate effectiveOn, String restructuringId, String legalBasis) {
		if (newType == this.type) {
			throw new UnitUnchanged(this.unitId, "loại / type " + newType);
		}
		if (newType.level() != this.type.level()) {
			throw new LevelChangeRefused(this.unitId, this.type, newType);
		}
		requireInOrder(effectiveOn, this.typeSince);
		requireActiveOn(effectiveOn);
		apply(new UnitRetyped(this.unitId, newType, effectiveOn, restructuringId, legalBasis));
	}

	/** The new parent has been checked by the caller, which can load it. */
	void reparent(UnitId newParentId, LocalDate effectiveOn, String restructuringId, String legalBasis) {
		String newParent = (newParentId != null) ? newParentId.value() : null;
		if (java.util.Objects.equals(newParent, this.parentId)) {
			throw new UnitUnchanged(this.unitId, "đơn vị cấp trên / parent " + newParent);
		}
		requireInOrder(effectiveOn, this.parentSince);
		requireActiveOn(effectiveOn);
		apply(new UnitReparented(this.unitId, newParent, effectiveOn, restructuringId, legalBasis));
	}

	/**
	 * Refuses to be the parent of a unit of {@code childLevel} on {@code day}: a parent
	 * is of a higher level and exists that day.
	 */
	void requireCanParent(UnitLevel childLevel, LocalDate day) {
		if (this.type.level().ordinal() >= childLevel.ordinal()) {
			throw new ParentNotAbove(this.unitId, this.type.level(), childLevel);
		}
		if (!isActiveOn(day)) {
			throw new ParentNotActiveOn(this.unitId, day, this.establishedOn, this.dissolvedOn);
		}
	}

	private void requireInOrder(LocalDate effectiveOn, LocalDate since) {
		if (effectiveOn.isBefore(since)) {
			throw new ChangeOutOfOrder(effectiveOn, since);
		}
	}

	/**
	 * Called by {@link MandateCommandHandler} with the holder's origin looked up; the
	 * unit checks its days, {@link MandateDecisions} the rest.
	 */
	void assign(AssignPosition command, Origin holderOrigin) {
		requireActiveOn(command.period().from());
		requireEndsWithUnit(command.period());
		apply(mandateDecisions().assign(command, holderOrigin));
	}

	LocalityRule.Decision localityOf(Origin holderOrigin) {
		return mandateDecisions().localityOf(holderOrigin);
	}

	/** Called by {@link MandateCommandHandler}; an unknown mandate is refused first. */
	void correct(CorrectAssignment command, Origin newHolderOrigin) {
		this.mandates.current(command.mandateId());
		requireActiveOn(command.period().from());
		requireEndsWithUnit(command.period());
		apply(mandateDecisions().correct(command, newHolderOrigin));
	}

	@CommandHandler
	void handle(RescindAssignment command) {
		apply(mandateDecisions().rescind(command));
	}

	@CommandHandler
	void handle(EndAssignment command) {
		apply(mandateDecisions().end(command));
	}

	private MandateDecisions mandateDecisions() {
		return new MandateDecisions(this.mandates,
				new MandateDecisions.Host(this.unitId, this.type.level(),
						this.lineage.stream()
							.map(span -> new LocalityRule.CodePeriod(span.code(),
									new DateRange(span.from(), span.until()), span.name()))
							.toList()));
	}

	private void requireEndsWithUnit(DateRange period) {
		if (this.dissolvedOn != null && (period.isOpen() || period.until().isAfter(this.dissolvedOn))) {
			throw new MandateNeedsUnitsLastDay(this.unitId, this.dissolvedOn);
		}
	}

	void requireActiveOn(LocalDate day) {
		if (!isActiveOn(day)) {
			throw new UnitNotActiveOn(day, this.establishedOn, this.dissolvedOn);
		}
	}

	private boolean isActiveOn(LocalDate day) {
		return !day.isBefore(this.establishedOn) && (this.dissolvedOn == null || !day.isAfter(this.dissolvedOn));
	}

	@EventSourcingHandler
	void on(UnitRegistered event) {
		established(event.unitId(), event.code(), event.name(), event.type(), event.parentId(), event.establishedOn());
	}

	@EventSourcingHandler
	void on(UnitsMerged event) {
		established(event.unitId(), event.code(), event.name(), event.type(), event.parentId(), event.establishedOn());
		this.lineage.addAll(event.lineage());
		this.restructuredOn.add(event.establishedOn());
	}

	private void established(String unitId, String code, String name, UnitType type, String parentId,
			LocalDate establishedOn) {
		this.unitId = unitId;
		this.code = code;
		this.type = type;
		this.typeSince = establishedOn;
		this.parentId = parentId;
		this.parentSince = establishedOn;
		this.establishedOn = establishedOn;
		this.name = name;
		this.nameSince = establishedOn;
		this.lineage.add(new CodeSpan(unitId, code, name, establishedOn, null));
	}

	@EventSourcingHandler
	void on(UnitEnlarged event) {
		this.lineage.addAll(event.lineage());
		this.restructuredOn.add(event.effectiveOn());
	}

	@EventSourcingHandler
	void on(PartsTransferred event) {
		this.restructuredOn.add(event.effectiveOn());
	}

	@EventSourcingHandler
	void on(UnitDissolved event) {
		this.dissolvedOn = event.lastDay();
	}

	@EventSourcingHandler
	void on(UnitMergedInto event) {
		this.dissolvedOn = event.lastDay();
	}

	@EventSourcingHandler
	void on(UnitSplit event) {
		this.dissolvedOn = event.lastDay();
	}

	@EventSourcingHandler
	void on(UnitRenamed event) {
		this.name = event.name();
		this.nameSince = event.effectiveOn();
	}

	@EventSourcingHandler
	void on(UnitRetyped event) {
		this.type = event.type();
		this.typeSince = event.effectiveOn();
	}

	@EventSourcingHandler
	void on(UnitReparented event) {
		this.parentId = event.parentId();
		this.parentSince = event.effectiveOn();
	}

	@EventSourcingHandler
	void on(PositionAssigned event) {
		this.mandates.assigned(event);
	}

	@EventSourcingHandler
	void on(AssignmentEnded event) {
		this.mandates.ended(event);
	}

	@EventSourcingHandler
	void on(AssignmentCorrected event) {
		this.mandates.corrected(event);
	}

	@EventSourcingHandler
	void on(AssignmentRescinded event) {
		this.mandates.rescinded(event);
	}

}
