package vn.cadre.reporting.mandates;

import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.AssignmentRescinded;
import vn.cadre.kernel.mandate.MandateEvent;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.reporting.projection.Projection;
import vn.cadre.reporting.projection.ReadModels;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

/**
 * The only writer of {@code mandate_versions}. Every mandate event makes a new version of
 * the mandate, believed from the event's record time, and closes the version believed
 * before; nothing is overwritten, so any earlier belief can be read back.
 *
 * <p>
 * Idempotent: a version's id is the mandate and the event's sequence in its unit's
 * stream, so a redelivered event writes the same version again; and the unit's events
 * arrive in order on one partition.
 */
@Component
public class MandateHistoryProjection implements Projection {

	static final String NAME = "mandate-history";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void apply(PublishedEvent event, ReadModels target) {
		if (!(event.payload() instanceof MandateEvent mandateEvent)) {
			return;
		}
		MongoCollection<Document> versions = MandateCollections.versions(target);
		String key = MandateVersion.keyOf(mandateEvent.unitId(), mandateEvent.mandateId());
		String versionId = key + "#" + event.sequence();
		if (versions.find(eq("_id", versionId)).first() == null) {
			Document previous = versions.find(and(eq("key", key), eq("recordedUntil", null))).first();
			Document next = next(previous, mandateEvent, event);
			if (next == null) {
				return;
			}
			versions.replaceOne(eq("_id", versionId), next.append("_id", versionId), new ReplaceOptions().upsert(true));
		}
		versions.updateMany(
				and(eq("key", key), eq("recordedUntil", null), ne("_id", versionId), lt("sequence", event.sequence())),
				Updates.set("recordedUntil", Date.from(event.recordedAt())));
	}

	/** The version this event makes, from the one believed before it. */
	private static Document next(Document previous, MandateEvent payload, PublishedEvent event) {
		Document version;
		if (payload instanceof PositionAssigned assigned) {
			version = new Document("key", MandateVersion.keyOf(assigned.unitId(), assigned.mandateId()))
				.append("unitId", assigned.unitId())
				.append("mandateId", assigned.mandateId())
				.append("postCode", assigned.postCode())
				.append("personId", assigned.personId())
				.append("from", assigned.from().toString())
				.append("until", (assigned.until() != null) ? assigned.until().toString() : null)
				.append("ended", false)
				.append("locality", assigned.locality().name())
				.append("localityBasis", assigned.localityBasis())
				.append("legalBasis", assigned.legalBasis())
				.append("concurrentWith", assigned.concurrentWith())
				.append("rescinded", false)
				.append("change", "ASSIGNED");
		}
		else if (previous == null) {
			return null;
		}
		else if (payload instanceof AssignmentEnded ended) {
			version = copy(previous).append("until", ended.lastDay().toString())
				.append("ended", true)
				.append("endCause", ended.cause().name())
				.append("endLegalBasis", ended.legalBasis())
				.append("restructuringId", ended.restructuringId())
				.append("change", "ENDED");
		}
		else if (payload instanceof AssignmentCorrected corrected) {
			version = copy(previous).append("postCode", corrected.postCode())
				.append("personId", corrected.personId())
				.append("from", corrected.from().toString())
				.append("until", (corrected.until() != null) ? corrected.until().toString() : null)
				.append("locality", corrected.locality().name())
				.append("localityBasis", corrected.localityBasis())
				.append("concurrentWith", corrected.concurrentWith())
				.append("reason", corrected.reason())
				.append("correctionBasis", corrected.legalBasis())
				.append("change", "CORRECTED");
		}
		else if (payload instanceof AssignmentRescinded rescinded) {
			version = copy(previous).append("rescinded", true)
				.append("reason", rescinded.reason())
				.append("correctionBasis", rescinded.legalBasis())
				.append("change", "RESCINDED");
		}
		else {
			return null;
		}
		return version.append("sequence", event.sequence())
			.append("position", event.position())
			.append("eventId", event.eventId())
			.append("recordedFrom", Date.from(event.recordedAt()))
			.append("recordedUntil", null);
	}

	private static Document copy(Document previous) {
		Document copy = new Document(previous);
		copy.remove("_id");
		copy.put("concurrentWith", List.copyOf(previous.getList("concurrentWith", String.class, List.of())));
		return copy;
	}

}
