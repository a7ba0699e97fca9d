package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import vn.cadre.assignments.mandate.AssignPosition;
import vn.cadre.assignments.mandate.CorrectAssignment;
import vn.cadre.assignments.mandate.EndAssignment;
import vn.cadre.assignments.mandate.LocalityRule;
import vn.cadre.assignments.mandate.MandateDecisions;
import vn.cadre.assignments.mandate.Mandates;
import vn.cadre.assignments.mandate.RescindAssignment;
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
 * {@link RestructuringCommandHandler}, which call the package-private methods here. The
 * rules are decided from the unit's facts by {@link UnitChanges},
 * {@link RestructuringDecisions} and {@link MandateDecisions}, which return the events
 * this class applies.
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

	@AggregateMember
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
		apply(RestructuringDecisions.formed(formation, resolution, sourceLineage));
	}

	/**
	 * Gives this unit away in a resolution. Returns the codes it carried, closed the day
	 * before, for the recipients' lineage.
	 */
	List<CodeSpan> give(RestructureUnits.Flow flow, RestructureUnits resolution) {
		RestructuringDecisions.give(facts(), this.mandates, flow, resolution).forEach(AggregateLifecycle::apply);
		return facts().lineageUntil(resolution.lastDayBefore());
	}

	void enlarge(RestructureUnits.Enlargement enlargement, RestructureUnits resolution, List<CodeSpan> sourceLineage) {
		apply(RestructuringDecisions.enlarge(facts(), enlargement, resolution, sourceLineage));
	}

	/** Returns the code it carried, which is free from the next day. */
	UnitCode dissolve(DissolveUnit command) {
		RestructuringDecisions.dissolve(facts(), this.mandates, command).forEach(AggregateLifecycle::apply);
		return code();
	}

	UnitCode code() {
		return new UnitCode(this.code);
	}

	UnitLevel level() {
		return this.type.level();
	}

	@CommandHandler
	void handle(RenameUnit command) {
		rename(command.name(), command.effectiveOn(), command.legalBasis());
	}

	void rename(UnitName newName, LocalDate effectiveOn, String legalBasis) {
		apply(UnitChanges.rename(facts(), newName, effectiveOn, legalBasis));
	}

	@CommandHandler
	void handle(ChangeUnitType command) {
		retype(command.type(), command.effectiveOn(), null, command.legalBasis());
	}

	void retype(UnitType newType, LocalDate effectiveOn, String restructuringId, String legalBasis) {
		apply(UnitChanges.retype(facts(), newType, effectiveOn, restructuringId, legalBasis));
	}

	/** The new parent has been checked by the caller, which can load it. */
	void reparent(UnitId newParentId, LocalDate effectiveOn, String restructuringId, String legalBasis) {
		apply(UnitChanges.reparent(facts(), newParentId, effectiveOn, restructuringId, legalBasis));
	}

	void requireCanParent(UnitLevel childLevel, LocalDate day) {
		UnitChanges.requireCanParent(facts(), childLevel, day);
	}

	/**
	 * Called by {@link MandateCommandHandler} with the holder's origin looked up; the
	 * unit checks its days, {@link MandateDecisions} the rest.
	 */
	void assign(AssignPosition command, Origin holderOrigin) {
		facts().requireHolds(command.period());
		apply(mandateDecisions().assign(command, holderOrigin));
	}

	LocalityRule.Decision localityOf(Origin holderOrigin) {
		return mandateDecisions().localityOf(holderOrigin);
	}

	/** Called by {@link MandateCommandHandler}; an unknown mandate is refused first. */
	void correct(CorrectAssignment command, Origin newHolderOrigin) {
		this.mandates.current(command.mandateId());
		facts().requireHolds(command.period());
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
		return new MandateDecisions(this.mandates, facts().asHost());
	}

	void requireActiveOn(LocalDate day) {
		facts().requireActiveOn(day);
	}

	private UnitFacts facts() {
		return new UnitFacts(this.unitId, this.code, this.type, this.typeSince, this.parentId, this.parentSince,
				this.name, this.nameSince, this.establishedOn, this.dissolvedOn, this.lineage, this.restructuredOn);
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

}
