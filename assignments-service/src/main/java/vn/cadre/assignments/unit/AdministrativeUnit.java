package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import vn.cadre.assignments.mandate.AssignPosition;
import vn.cadre.assignments.mandate.EndAssignment;
import vn.cadre.assignments.mandate.LocalityRule;
import vn.cadre.assignments.mandate.Mandates;
import vn.cadre.assignments.mandate.PostNotAvailable;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.post.Post;
import vn.cadre.kernel.post.PostCatalogue;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.unit.CodeSpan;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitDissolved;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitsMerged;
import vn.cadre.kernel.unit.UnitRenamed;
import vn.cadre.kernel.unit.UnitType;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One administrative unit over its whole life, identified by its internal id, never by
 * its code: its names, and the mandates of the posts in it.
 */
public class AdministrativeUnit {

	private static final PostCatalogue POSTS = PostCatalogue.standard();

	@AggregateIdentifier
	private String unitId;

	private UnitType type;

	private LocalDate establishedOn;

	private LocalDate dissolvedOn;

	private String name;

	private LocalDate nameSince;

	/**
	 * The codes this unit (and, after a merger, its predecessors) carried: what locality
	 * is decided against.
	 */
	private List<CodeSpan> lineage = new ArrayList<>();

	private Mandates mandates = new Mandates();

	protected AdministrativeUnit() {
	}

	@CommandHandler
	public AdministrativeUnit(RegisterUnit command) {
		apply(new UnitRegistered(command.unitId().value(), command.code().value(),
				command.name().withoutTypeWord(command.type()).value(), command.type(),
				(command.parentId() != null) ? command.parentId().value() : null, command.establishedOn(),
				command.legalBasis()));
	}

	/**
	 * The successor of a merger; {@link RestructuringCommandHandler} has ended the
	 * predecessors in the same commit.
	 */
	AdministrativeUnit(MergeCommunes command, List<CodeSpan> predecessorLineage) {
		apply(new UnitsMerged(command.successorId().value(), command.code().value(),
				command.name().withoutTypeWord(command.type()).value(), command.type(),
				(command.parentId() != null) ? command.parentId().value() : null, command.effectiveOn(),
				command.predecessorIds().stream().map(UnitId::value).toList(), predecessorLineage,
				command.restructuringId(), command.legalBasis()));
	}

	/**
	 * Ends this unit the day before the merger takes effect, and every mandate still open
	 * in it; returns the codes it carried, for the successor's lineage.
	 */
	List<CodeSpan> mergeInto(MergeCommunes command) {
		LocalDate lastDay = command.effectiveOn().minusDays(1);
		if (this.dissolvedOn != null) {
			throw new UnitAlreadyRestructured(this.unitId, this.dissolvedOn);
		}
		if (!isActiveOn(lastDay)) {
			throw new UnitNotActiveOn(lastDay, this.establishedOn, this.dissolvedOn);
		}
		endAllMandates(lastDay, EndCause.UNIT_MERGED, command.legalBasis(), command.restructuringId());
		apply(new UnitMergedInto(this.unitId, command.successorId().value(), lastDay, command.restructuringId(),
				command.legalBasis()));
		return this.lineage.stream()
			.map(span -> (span.until() != null) ? span
					: new CodeSpan(span.unitId(), span.code(), span.name(), span.from(), lastDay))
			.toList();
	}

	@CommandHandler
	void handle(DissolveUnit command) {
		if (this.dissolvedOn != null) {
			throw new UnitAlreadyRestructured(this.unitId, this.dissolvedOn);
		}
		requireActiveOn(command.lastDay());
		endAllMandates(command.lastDay(), EndCause.UNIT_DISSOLVED, command.legalBasis(), null);
		apply(new UnitDissolved(this.unitId, command.lastDay(), command.legalBasis()));
	}

	/**
	 * A unit that ends takes its mandates with it, on the same last day; none may begin
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
		String newName = command.name().withoutTypeWord(this.type).value();
		if (newName.equals(this.name)) {
			throw new UnitNameUnchanged(newName);
		}
		if (command.effectiveOn().isBefore(this.nameSince)) {
			throw new ChangeOutOfOrder(command.effectiveOn(), this.nameSince);
		}
		apply(new UnitRenamed(this.unitId, newName, command.effectiveOn(), command.legalBasis()));
	}

	/** Called by {@link MandateCommandHandler} with the holder's origin looked up. */
	void assign(AssignPosition command, Origin holderOrigin) {
		DateRange period = command.period();
		if (!isActiveOn(period.from())) {
			throw new UnitNotActiveOn(period.from(), this.establishedOn, this.dissolvedOn);
		}
		Post post = POSTS.find(command.postCode())
			.filter(candidate -> candidate.existsAt(this.type.level(), period.from()))
			.orElseThrow(
					() -> new PostNotAvailable(command.postCode().value(), this.type.level().name(), period.from()));
		this.mandates.requireAssignable(command.mandateId(), post, command.personId().value(), period);
		LocalityRule.Decision locality = (command.localityOverride() != null)
				? LocalityRule.override(command.localityOverride())
				: LocalityRule.decide(holderOrigin,
						this.lineage.stream()
							.map(span -> new LocalityRule.CodePeriod(span.code(),
									new DateRange(span.from(), span.until()), span.name()))
							.toList());
		apply(new PositionAssigned(command.mandateId(), this.unitId, post.code().value(), command.personId().value(),
				period.from(), period.until(), locality.locality(), locality.basis(), command.legalBasis()));
	}

	@CommandHandler
	void handle(EndAssignment command) {
		this.mandates.requireEndable(command.mandateId(), command.lastDay());
		apply(new AssignmentEnded(command.mandateId(), this.unitId, command.lastDay(), command.cause(),
				command.legalBasis(), null));
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
		established(event.unitId(), event.code(), event.name(), event.type(), event.establishedOn());
	}

	@EventSourcingHandler
	void on(UnitsMerged event) {
		established(event.unitId(), event.code(), event.name(), event.type(), event.establishedOn());
		this.lineage.addAll(event.lineage());
	}

	private void established(String unitId, String code, String name, UnitType type, LocalDate establishedOn) {
		this.unitId = unitId;
		this.type = type;
		this.establishedOn = establishedOn;
		this.name = name;
		this.nameSince = establishedOn;
		this.lineage.add(new CodeSpan(unitId, code, name, establishedOn, null));
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
	void on(UnitRenamed event) {
		this.name = event.name();
		this.nameSince = event.effectiveOn();
	}

	@EventSourcingHandler
	void on(PositionAssigned event) {
		this.mandates.assigned(event);
	}

	@EventSourcingHandler
	void on(AssignmentEnded event) {
		this.mandates.ended(event);
	}

}
