package vn.cadre.reporting.briefings;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.briefing.BriefingRecorded;
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
		Document unit = changes.get(Briefings.collection(changes.target()), recorded.unitId());
		List<Document> conferences = (unit != null) ? new ArrayList<>(unit.getList("briefings", Document.class))
				: new ArrayList<>();
		if (conferences.stream().anyMatch(conference -> recorded.briefingId().equals(conference.getString("_id")))) {
			return;
		}
		conferences.add(new Document("_id", recorded.briefingId()).append("heldOn", recorded.heldOn().toString())
			.append("title", recorded.title())
			.append("documents", recorded.documents())
			.append("attendances", recorded.attendances())
			.append("position", event.position())
			.append("recordedFrom", Date.from(event.recordedAt())));
		changes.put(Briefings.collection(changes.target()),
				new Document("_id", recorded.unitId()).append("briefings", conferences));
	}

}
