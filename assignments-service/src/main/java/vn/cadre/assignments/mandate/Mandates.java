package vn.cadre.assignments.mandate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.eventsourcing.EventSourcingHandler;
import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.AssignmentRescinded;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.post.Post;

/**
 * The mandates of one unit, as currently believed, and the rules between them. A member
 * of the unit's aggregate that applies the mandates' events itself; tests call it
 * directly.
 */
public final class Mandates {

	private final Map<String, Mandate> byId = new LinkedHashMap<>();

	/** Ids of rescinded mandates: never used again. */
	private final Set<String> rescinded = new HashSet<>();

	/** The current facts of one mandate, for a correction to start from. */
	public record Facts(String postCode, String personId, DateRange period, boolean ended, Locality locality,
			String localityBasis) {

	}

	/**
	 * Refuses an assignment that would give a single-holder post two holders, or a person
	 * the same post twice.
	 */
	public void requireAssignable(String mandateId, Post post, String personId, DateRange period) {
		if (this.byId.containsKey(mandateId) || this.rescinded.contains(mandateId)) {
			throw new MandateIdTaken(mandateId);
		}
		requireNoClash(null, post, personId, period);
	}

	/** The current facts of a mandate; refuses one that is not there. */
	public Facts current(String mandateId) {
		Mandate mandate = existing(mandateId);
		return new Facts(mandate.postCode(), mandate.personId(), mandate.period(), mandate.ended(), mandate.locality(),
				mandate.localityBasis());
	}

	/**
	 * Refuses a correction that would change nothing, reopen an ended mandate, or clash
	 * with the other mandates.
	 */
	public void requireCorrectable(String mandateId, Post post, String personId, DateRange period) {
		Mandate mandate = existing(mandateId);
		if (mandate.ended() && period.isOpen()) {
			throw new EndedMandateNeedsLastDay(mandateId);
		}
		if (mandate.postCode().equals(post.code().value()) && mandate.personId().equals(personId)
				&& mandate.period().equals(period)) {
			throw new CorrectionChangesNothing(mandateId);
		}
		requireNoClash(mandateId, post, personId, period);
	}

	/** Refuses to rescind a mandate that is not there. */
	public void requireRescindable(String mandateId) {
		existing(mandateId);
	}

	private void requireNoClash(String self, Post post, String personId, DateRange period) {
		for (Mandate mandate : this.byId.values()) {
			if (mandate.mandateId().equals(self) || !mandate.postCode().equals(post.code().value())
					|| !mandate.period().overlaps(period)) {
				continue;
			}
			if (mandate.personId().equals(personId)) {
				throw new PersonAlreadyHoldsPost(personId, post, mandate.period());
			}
			if (post.singleHolder()) {
				throw new PostAlreadyHeld(post, mandate.personId(), mandate.period());
			}
		}
	}

	/**
	 * The person's other mandates in this unit on a day of {@code period}: the concurrent
	 * holdings (kiêm nhiệm) the new one would make.
	 */
	public List<String> concurrentWith(String self, String personId, DateRange period) {
		return this.byId.values()
			.stream()
			.filter(mandate -> !mandate.mandateId().equals(self) && mandate.personId().equals(personId)
					&& mandate.period().overlaps(period))
			.map(Mandate::mandateId)
			.toList();
	}

	/**
	 * When staff said whether the appointment is concurrent, the derived holdings must
	 * agree.
	 */
	public static void requireConcurrencyAgrees(Boolean marked, String personId, List<String> derived) {
		if (marked != null && marked == derived.isEmpty()) {
			throw new ConcurrencyNotBorneOut(personId, marked, derived);
		}
	}

	/**
	 * Refuses to end a mandate that does not exist, has already ended, or would end
	 * before it began.
	 */
	public void requireEndable(String mandateId, LocalDate lastDay) {
		Mandate mandate = existing(mandateId);
		if (mandate.ended()) {
			throw new MandateAlreadyEnded(mandateId, mandate.period().until());
		}
		if (lastDay.isBefore(mandate.period().from())) {
			throw new EndBeforeStart(mandateId, lastDay, mandate.period().from());
		}
		if (!mandate.period().isOpen() && lastDay.isAfter(mandate.period().until())) {
			throw new EndBeyondPeriod(mandateId, mandate.period());
		}
		mandate.period().endingOn(lastDay);
	}

	private Mandate existing(String mandateId) {
		if (this.rescinded.contains(mandateId)) {
			throw new MandateRescinded(mandateId);
		}
		Mandate mandate = this.byId.get(mandateId);
		if (mandate == null) {
			throw new MandateNotFound(mandateId);
		}
		return mandate;
	}

	/** The first mandate not yet ended that starts after {@code day}, if any. */
	public Optional<String> startingAfter(LocalDate day) {
		return this.byId.values()
			.stream()
			.filter(mandate -> !mandate.ended() && mandate.period().from().isAfter(day))
			.map(Mandate::mandateId)
			.findFirst();
	}

	/**
	 * The mandates not yet ended that would run past {@code day}: what a unit ending that
	 * day must end.
	 */
	public List<String> runningPast(LocalDate day) {
		return this.byId.values()
			.stream()
			.filter(mandate -> !mandate.ended() && (mandate.period().isOpen() || mandate.period().until().isAfter(day)))
			.map(Mandate::mandateId)
			.toList();
	}

	@EventSourcingHandler
	public void assigned(PositionAssigned event) {
		this.byId.put(event.mandateId(), new Mandate(event.mandateId(), event.postCode(), event.personId(),
				new DateRange(event.from(), event.until()), false, event.locality(), event.localityBasis()));
	}

	@EventSourcingHandler
	public void ended(AssignmentEnded event) {
		this.byId.computeIfPresent(event.mandateId(),
				(id, mandate) -> mandate.withPeriod(mandate.period().endingOn(event.lastDay()), true));
	}

	@EventSourcingHandler
	public void corrected(AssignmentCorrected event) {
		this.byId.computeIfPresent(event.mandateId(),
				(id, mandate) -> new Mandate(id, event.postCode(), event.personId(),
						new DateRange(event.from(), event.until()), mandate.ended(), event.locality(),
						event.localityBasis()));
	}

	@EventSourcingHandler
	public void rescinded(AssignmentRescinded event) {
		this.byId.remove(event.mandateId());
		this.rescinded.add(event.mandateId());
	}

}
