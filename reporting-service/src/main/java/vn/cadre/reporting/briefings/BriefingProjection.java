package vn.cadre.reporting.briefings;

import java.util.ArrayList;

import java.util.List;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.kernel.CadreEvent;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.briefing.BriefingEvent;
import vn.cadre.kernel.briefing.BriefingRecorded;
import vn.cadre.reporting.briefings.Briefings.Briefing;
import vn.cadre.reporting.projection.Changes;
import vn.cadre.reporting.projection.Projection;

/**
 * The only writer of {@code briefings_by_unit}: one document per unit under the unit's
 * id, holding its conferences, so the measures of thousands of units read them by
 * {@code _id} (an index every MongoDB server uses for {@code $in}) instead of matching
 * every conference of the country. A redelivered event finds its conference there and
 * changes nothing.
 */
@Component
public class BriefingProjection implements Projection {

	@Override
	public String name() {
		return "briefings";
	}

	@Override
	public boolean reads(Class<? extends CadreEvent> type) {
		return BriefingEvent.class.isAssignableFrom(type);
	}

	@Override
	public void prefetch(PublishedEvent event, Changes changes) {
		if (event.payload() instanceof BriefingRecorded recorded) {
			changes.want(Briefings.collection(changes.target()), recorded.unitId());
		}
	}

	@Override
	public void apply(PublishedEvent event, Changes changes) {
		if (!(event.payload() instanceof BriefingRecorded recorded)) {
			return;
		}
		MongoCollection<Document> units = Briefings.collection(changes.target());
		List<Document> conferences = new ArrayList<>(
				BriefingDocuments.conferences(changes.get(units, recorded.unitId())));
		if (conferences.stream()
			.anyMatch(conference -> recorded.briefingId().equals(BriefingDocuments.id(conference)))) {
			return;
		}
		Briefing briefing = new Briefing(recorded.briefingId(), recorded.unitId(), recorded.heldOn(), recorded.title(),
				recorded.documents(), recorded.attendances(), event.position());
		conferences.add(BriefingDocuments.conference(briefing, event.recordedAt()));
		changes.put(units, BriefingDocuments.unit(recorded.unitId(), conferences));
	}

}
