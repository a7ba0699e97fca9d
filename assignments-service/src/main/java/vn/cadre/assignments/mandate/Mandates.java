package vn.cadre.assignments.mandate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.post.Post;

/**
 * The mandates of one unit and the rules between them. Plain Java: the aggregate calls
 * it, tests call it directly.
 */
public final class Mandates {

	private final Map<String, Mandate> byId = new LinkedHashMap<>();

	/**
	 * Refuses an assignment that would give a single-holder post two holders, or a person
	 * the same post twice.
	 */
	public void requireAssignable(String mandateId, Post post, String personId, DateRange period) {
		if (this.byId.containsKey(mandateId)) {
			throw new MandateIdTaken(mandateId);
		}
		for (Mandate mandate : this.byId.values()) {
			if (!mandate.postCode().equals(post.code().value()) || !mandate.period().overlaps(period)) {
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
	 * Refuses to end a mandate that does not exist, has already ended, or would end
	 * before it began.
	 */
	public void requireEndable(String mandateId, LocalDate lastDay) {
		Mandate mandate = this.byId.get(mandateId);
		if (mandate == null) {
			throw new MandateNotFound(mandateId);
		}
		if (mandate.ended()) {
			throw new MandateAlreadyEnded(mandateId, mandate.period().until());
		}
		if (!mandate.period().isOpen() && lastDay.isAfter(mandate.period().until())) {
			throw new EndBeyondPeriod(mandateId, mandate.period());
		}
		mandate.period().endingOn(lastDay);
	}

	/** The first mandate not yet ended that starts after {@code day}, if any. */
	public java.util.Optional<String> startingAfter(LocalDate day) {
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

	public void assigned(PositionAssigned event) {
		this.byId.put(event.mandateId(), new Mandate(event.mandateId(), event.postCode(), event.personId(),
				new DateRange(event.from(), event.until()), false));
	}

	public void ended(AssignmentEnded event) {
		this.byId.computeIfPresent(event.mandateId(), (id, mandate) -> new Mandate(id, mandate.postCode(),
				mandate.personId(), mandate.period().endingOn(event.lastDay()), true));
	}

}
