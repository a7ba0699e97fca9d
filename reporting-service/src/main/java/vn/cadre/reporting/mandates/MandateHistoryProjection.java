package vn.cadre.reporting.mandates;

import java.util.Date;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.kernel.CadreEvent;
import vn.cadre.kernel.PublishedEvent;
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
	public boolean reads(Class<? extends CadreEvent> type) {
		return MandateEvent.class.isAssignableFrom(type);
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
		StoredVersion previous = (head != null) ? StoredVersion.of(head.get("version", Document.class))
				: believedWithoutHead(versions, key, mandateEvent);
		StoredVersion next = (mandateEvent instanceof PositionAssigned assigned)
				? StoredVersion.assigned(assigned, event)
				: (previous != null) ? previous.after(mandateEvent, event) : null;
		if (next == null) {
			return;
		}
		Document version = next.document();
		changes.putNew(versions, version);
		MongoCollection<Document> units = MandateCollections.units(changes.target());
		UnitMandates unit = UnitMandates.of(mandateEvent.unitId(), changes.get(units, mandateEvent.unitId()));
		if (previous != null) {
			changes.put(versions, previous.closedAt(event.recordedAt()).document());
			unit.close(previous.id(), Date.from(event.recordedAt()));
		}
		unit.record(next);
		changes.put(units, unit.document());
		changes.put(heads, new Document("_id", key).append("sequence", event.sequence()).append("version", version));
	}

	/**
	 * The version believed of a mandate that has no head: none for an assignment; for a
	 * later event, what read models kept before heads existed hold (a query, run once per
	 * such mandate after an upgrade).
	 */
	private static StoredVersion believedWithoutHead(MongoCollection<Document> versions, String key,
			MandateEvent mandateEvent) {
		if (mandateEvent instanceof PositionAssigned) {
			return null;
		}
		Document believed = versions.find(and(eq(StoredVersion.KEY, key), eq(StoredVersion.RECORDED_UNTIL, null)))
			.first();
		return (believed != null) ? StoredVersion.of(believed) : null;
	}

}
