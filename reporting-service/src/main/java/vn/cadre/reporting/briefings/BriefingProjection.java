package vn.cadre.reporting.briefings;

import java.util.Date;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.briefing.BriefingRecorded;
import vn.cadre.reporting.projection.Changes;
import vn.cadre.reporting.projection.Projection;

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
	public void apply(PublishedEvent event, Changes changes) {
		if (event.payload() instanceof BriefingRecorded recorded) {
			changes.putNew(Briefings.collection(changes.target()),
					new Document("_id", recorded.briefingId()).append("unitId", recorded.unitId())
						.append("heldOn", recorded.heldOn().toString())
						.append("title", recorded.title())
						.append("documents", recorded.documents())
						.append("attendances", recorded.attendances())
						.append("position", event.position())
						.append("recordedFrom", Date.from(event.recordedAt())));
		}
	}

}
