package vn.cadre.reporting.briefings;

import java.util.Date;

import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.briefing.BriefingRecorded;
import vn.cadre.reporting.projection.Projection;
import vn.cadre.reporting.projection.ReadModels;

import static com.mongodb.client.model.Filters.eq;

/**
 * The only writer of {@code briefings}: one document per conference, under its own id, so
 * a redelivered event writes the same document again.
 */
@Component
class BriefingProjection implements Projection {

	@Override
	public String name() {
		return "briefings";
	}

	@Override
	public void apply(PublishedEvent event, ReadModels target) {
		if (event.payload() instanceof BriefingRecorded recorded) {
			Briefings.collection(target)
				.replaceOne(eq("_id", recorded.briefingId()),
						new Document("_id", recorded.briefingId()).append("unitId", recorded.unitId())
							.append("heldOn", recorded.heldOn().toString())
							.append("title", recorded.title())
							.append("documents", recorded.documents())
							.append("attendances", recorded.attendances())
							.append("position", event.position())
							.append("recordedFrom", Date.from(event.recordedAt())),
						new ReplaceOptions().upsert(true));
		}
	}

}
