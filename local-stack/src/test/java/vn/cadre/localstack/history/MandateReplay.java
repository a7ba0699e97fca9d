package vn.cadre.localstack.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import vn.cadre.assignments.mandate.LocalityRule;
import vn.cadre.assignments.mandate.Mandates;
import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.AssignmentRescinded;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.post.Post;
import vn.cadre.kernel.post.PostCatalogue;
import vn.cadre.kernel.post.PostCode;
import vn.cadre.kernel.unit.UnitCode;

/**
 * Turns a unit's planned decisions into its events with the command side's own rules: the
 * unit's {@link Mandates} refuse what the aggregate would refuse and derive the
 * concurrent holdings, {@link LocalityRule} decides locality from the holder's origin and
 * the unit's lineage. A plan the aggregate would refuse fails here.
 */
final class MandateReplay {

	static final String AGGREGATE = "AdministrativeUnit";

	private static final PostCatalogue POSTS = PostCatalogue.standard();

	private static final String RESCISSION_REASON = "Nhập nhầm người";

	private final String unitId;

	private final List<LocalityRule.CodePeriod> lineage;

	private final Map<String, String> hometowns;

	private final String legalBasis;

	private final EventFactory factory;

	private final Mandates mandates = new Mandates();

	/** Record times of the corrections made, for restatement queries. */
	private final List<java.time.Instant> corrections = new ArrayList<>();

	MandateReplay(String unitId, List<LocalityRule.CodePeriod> lineage, Map<String, String> hometowns,
			String legalBasis, EventFactory factory) {
		this.unitId = unitId;
		this.lineage = lineage;
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
			events.add(this.factory.event(AGGREGATE, this.unitId, payload, intent.recordedAt(),
					this.factory.command(this.legalBasis, reason)));
		}
		return events;
	}

	private Object decide(Intent intent) {
		if (intent instanceof Intent.Assign assign) {
			return assign(assign);
		}
		if (intent instanceof Intent.Correct correct) {
			return correct(correct);
		}
		if (intent instanceof Intent.End end) {
			this.mandates.requireEndable(end.mandateId(), end.lastDay());
			AssignmentEnded event = new AssignmentEnded(end.mandateId(), this.unitId, end.lastDay(), end.cause(),
					this.legalBasis, null);
			this.mandates.ended(event);
			return event;
		}
		Intent.Rescind rescind = (Intent.Rescind) intent;
		this.mandates.requireRescindable(rescind.mandateId());
		AssignmentRescinded event = new AssignmentRescinded(rescind.mandateId(), this.unitId, RESCISSION_REASON,
				this.legalBasis);
		this.mandates.rescinded(event);
		return event;
	}

	private static String correctionReason(Intent.Correct correct) {
		return "Quyết định ghi ngày bắt đầu muộn hơn " + correct.shiftDays() + " ngày";
	}

	private PositionAssigned assign(Intent.Assign assign) {
		Post post = post(assign.postCode());
		DateRange period = DateRange.from(assign.from());
		this.mandates.requireAssignable(assign.mandateId(), post, assign.personId(), period);
		List<String> concurrent = this.mandates.concurrentWith(assign.mandateId(), assign.personId(), period);
		LocalityRule.Decision locality = LocalityRule.decide(origin(assign.personId()), this.lineage);
		PositionAssigned event = new PositionAssigned(assign.mandateId(), this.unitId, assign.postCode(),
				assign.personId(), assign.from(), null, locality.locality(), locality.basis(), this.legalBasis,
				concurrent);
		this.mandates.assigned(event);
		return event;
	}

	private AssignmentCorrected correct(Intent.Correct correct) {
		Mandates.Facts facts = this.mandates.current(correct.mandateId());
		DateRange period = new DateRange(facts.period().from().plusDays(correct.shiftDays()),
				facts.ended() ? facts.period().until() : null);
		Post post = post(facts.postCode());
		this.mandates.requireCorrectable(correct.mandateId(), post, facts.personId(), period);
		AssignmentCorrected event = new AssignmentCorrected(correct.mandateId(), this.unitId, facts.postCode(),
				facts.personId(), period.from(), period.until(), facts.locality(), facts.localityBasis(),
				this.mandates.concurrentWith(correct.mandateId(), facts.personId(), period), correctionReason(correct),
				this.legalBasis);
		this.mandates.corrected(event);
		this.corrections.add(correct.recordedAt());
		return event;
	}

	private Origin origin(String personId) {
		return new Origin(new UnitCode(this.hometowns.get(personId)), NationalHistory.START, null, null);
	}

	private static Post post(String code) {
		return POSTS.find(new PostCode(code)).orElseThrow();
	}

	/** The mandates that would still run past {@code lastDay}: what a merger ends. */
	List<String> runningPast(java.time.LocalDate lastDay) {
		return this.mandates.runningPast(lastDay);
	}

	List<java.time.Instant> corrections() {
		return this.corrections;
	}

}
