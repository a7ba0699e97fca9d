package vn.cadre.reporting.mandates;

import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.AssignmentRescinded;
import vn.cadre.kernel.mandate.MandateEvent;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.reporting.projection.Changes;
import vn.cadre.reporting.projection.Projection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * The only writer of {@code mandate_versions}, {@code mandate_units} and
 * {@code mandate_heads}. Every mandate event makes a new version of the mandate, believed
 * from the event's record time, and closes the version believed before; nothing is
 * overwritten, so any earlier belief can be read back. The unit's document in
 * {@code mandate_units} ({@link UnitMandates}) is changed alike in the same batch, after
 * the versions and before the heads.
 *
 * <p>
 * Idempotent: each mandate's head remembers the sequence (in its unit's stream) of the
 * last event applied, and a unit's events arrive in order on one partition, so a
 * redelivered event is recognised and changes nothing. A version's id is the mandate and
 * the event's sequence, so a batch written again after a crash writes the same versions.
 */
@Component
public class MandateHistoryProjection implements Projection {

	static final String NAME = "mandate-history";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void prefetch(PublishedEvent event, Changes changes) {
		if (event.payload() instanceof MandateEvent mandateEvent) {
			changes.want(MandateCollections.heads(changes.target()),
					MandateVersion.keyOf(mandateEvent.unitId(), mandateEvent.mandateId()));
			changes.want(MandateCollections.units(changes.target()), mandateEvent.unitId());
		}
	}

	@Override
	public void apply(PublishedEvent event, Changes changes) {
		if (!(event.payload() instanceof MandateEvent mandateEvent)) {
			return;
		}
		MongoCollection<Document> versions = MandateCollections.versions(changes.target());
		MongoCollection<Document> heads = MandateCollections.heads(changes.target());
		String key = MandateVersion.keyOf(mandateEvent.unitId(), mandateEvent.mandateId());
		Document head = changes.get(heads, key);
		if (head != null && head.get("sequence", Number.class).longValue() >= event.sequence()) {
			return;
		}
		Document previous = (head != null) ? head.get("version", Document.class)
				: believedWithoutHead(versions, key, mandateEvent);
		Document next = next(previous, mandateEvent, event);
		if (next == null) {
			return;
		}
		Document version = new Document("_id", key + "#" + event.sequence());
		version.putAll(next);
		changes.putNew(versions, version);
		MongoCollection<Document> units = MandateCollections.units(changes.target());
		UnitMandates unit = UnitMandates.of(mandateEvent.unitId(), changes.get(units, mandateEvent.unitId()));
		if (previous != null) {
			Date until = Date.from(event.recordedAt());
			changes.put(versions, new Document(previous).append("recordedUntil", until));
			unit.close(previous.getString("_id"), until);
		}
		unit.record(version);
		changes.put(units, unit.document());
		changes.put(heads, new Document("_id", key).append("sequence", event.sequence()).append("version", version));
	}

	/**
	 * The version believed of a mandate that has no head: none for an assignment; for a
	 * later event, what read models kept before heads existed hold (a query, run once per
	 * such mandate after an upgrade).
	 */
	private static Document believedWithoutHead(MongoCollection<Document> versions, String key,
			MandateEvent mandateEvent) {
		if (mandateEvent instanceof PositionAssigned) {
			return null;
		}
		return versions.find(and(eq("key", key), eq("recordedUntil", null))).first();
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
