package vn.cadre.localstack.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
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
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.person.PersonId;
import vn.cadre.kernel.post.PostCode;
import vn.cadre.kernel.unit.UnitCode;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitLevel;

/**
 * Turns a commune's planned decisions into its events with the command side's own
 * {@link MandateDecisions}: what the aggregate would refuse fails here, and the
 * concurrent holdings and locality are derived as the aggregate derives them.
 */
final class MandateReplay {

	static final String AGGREGATE = "AdministrativeUnit";

	private static final String RESCISSION_REASON = "Nhập nhầm người";

	private final Map<String, String> hometowns;

	private final String legalBasis;

	private final EventFactory factory;

	private final Mandates mandates = new Mandates();

	private final MandateDecisions decisions;

	private final UnitId unit;

	/** Record times of the corrections made, for restatement queries. */
	private final List<java.time.Instant> corrections = new ArrayList<>();

	MandateReplay(String unitId, List<LocalityRule.CodePeriod> lineage, Map<String, String> hometowns,
			String legalBasis, EventFactory factory) {
		this.unit = new UnitId(unitId);
		this.decisions = new MandateDecisions(this.mandates,
				new MandateDecisions.Host(unitId, UnitLevel.COMMUNE, lineage));
		this.hometowns = hometowns;
		this.legalBasis = legalBasis;
		this.factory = factory;
	}

	List<DomainEventMessage<?>> replay(List<Intent> intents) {
		List<DomainEventMessage<?>> events = new ArrayList<>(intents.size());
		for (Intent intent : intents) {
			Object payload = decide(intent);
			String reason = null;
			if (intent instanceof Intent.Correct correct) {
				reason = correctionReason(correct);
			}
			else if (intent instanceof Intent.Rescind) {
				reason = RESCISSION_REASON;
			}
			events.add(this.factory.event(AGGREGATE, this.unit.value(), payload, intent.recordedAt(),
					this.factory.command(this.legalBasis, reason)));
		}
		return events;
	}

	private Object decide(Intent intent) {
		if (intent instanceof Intent.Assign assign) {
			PositionAssigned event = this.decisions
				.assign(new AssignPosition(this.unit, assign.mandateId(), new PostCode(assign.postCode()),
						new PersonId(assign.personId()), DateRange.from(assign.from()), null, null, this.legalBasis),
						origin(assign.personId()));
			this.mandates.assigned(event);
			return event;
		}
		if (intent instanceof Intent.Correct correct) {
			AssignmentCorrected event = correct(correct);
			this.mandates.corrected(event);
			return event;
		}
		if (intent instanceof Intent.End end) {
			AssignmentEnded event = this.decisions
				.end(new EndAssignment(this.unit, end.mandateId(), end.lastDay(), end.cause(), this.legalBasis));
			this.mandates.ended(event);
			return event;
		}
		Intent.Rescind rescind = (Intent.Rescind) intent;
		AssignmentRescinded event = this.decisions
			.rescind(new RescindAssignment(this.unit, rescind.mandateId(), RESCISSION_REASON, this.legalBasis));
		this.mandates.rescinded(event);
		return event;
	}

	private static String correctionReason(Intent.Correct correct) {
		return "Quyết định ghi ngày bắt đầu muộn hơn " + correct.shiftDays() + " ngày";
	}

	/**
	 * The same holder and post, the start moved later; an ended mandate keeps its last
	 * day.
	 */
	private AssignmentCorrected correct(Intent.Correct correct) {
		Mandates.Facts facts = this.mandates.current(correct.mandateId());
		DateRange period = new DateRange(facts.period().from().plusDays(correct.shiftDays()),
				facts.ended() ? facts.period().until() : null);
		this.corrections.add(correct.recordedAt());
		return this.decisions.correct(new CorrectAssignment(this.unit, correct.mandateId(), null, null, period, null,
				correctionReason(correct), this.legalBasis), null);
	}

	private Origin origin(String personId) {
		return new Origin(new UnitCode(this.hometowns.get(personId)), NationalHistory.START, null, null);
	}

	/** The mandates that would still run past {@code lastDay}: what a merger ends. */
	List<String> runningPast(java.time.LocalDate lastDay) {
		return this.mandates.runningPast(lastDay);
	}

	List<java.time.Instant> corrections() {
		return this.corrections;
	}

}
