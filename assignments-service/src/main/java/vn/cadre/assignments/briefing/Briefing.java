package vn.cadre.assignments.briefing;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import vn.cadre.kernel.briefing.BriefingRecorded;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One briefing conference; recording the same id twice fails as a duplicate aggregate.
 */
public class Briefing {

	@AggregateIdentifier
	private String briefingId;

	protected Briefing() {
	}

	Briefing(RecordBriefing command) {
		apply(new BriefingRecorded(command.briefingId(), command.unitId().value(), command.heldOn(),
				command.title().strip(), command.documents(), command.attendances()));
	}

	@EventSourcingHandler
	void on(BriefingRecorded event) {
		this.briefingId = event.briefingId();
	}

}
