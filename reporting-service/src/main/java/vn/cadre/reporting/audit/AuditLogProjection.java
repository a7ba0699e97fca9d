package vn.cadre.reporting.audit;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.kernel.CadreEvent;
import vn.cadre.kernel.EventMetadata;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.mandate.MandateEvent;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.reporting.projection.Changes;
import vn.cadre.reporting.projection.Projection;

/**
 * The only writer of {@code audit_log}: one document per event, under the event's id, so
 * a redelivered event writes the same document again and a rebuild writes the same
 * documents. The id is a string because the consistency check walks ids in string order.
 */
@Component
class AuditLogProjection implements Projection {

	static final String NAME = "audit-log";

	private static final List<String> METADATA = List.of(EventMetadata.ACTOR, EventMetadata.COMMAND_ID,
			EventMetadata.REASON, EventMetadata.LEGAL_BASIS, EventMetadata.CORRELATION_ID, EventMetadata.CAUSATION_ID);

	private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
	};

	private final ObjectMapper json;

	AuditLogProjection(ObjectMapper json) {
		// the stored payload keeps ISO dates whatever the service's mapper is told
		this.json = json.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void prefetch(PublishedEvent event, Changes changes) {
		if (event.payload() instanceof MandateEvent mandateEvent) {
			changes.want(AuditLog.mandates(changes.target()), MandateState.keyOf(mandateEvent));
		}
	}

	@Override
	public void apply(PublishedEvent event, Changes changes) {
		if (!(event.payload() instanceof CadreEvent payload)) {
			return;
		}
		MongoCollection<Document> log = AuditLog.collection(changes.target());
		if (payload instanceof MandateEvent mandateEvent) {
			String key = MandateState.keyOf(mandateEvent);
			MongoCollection<Document> mandates = AuditLog.mandates(changes.target());
			Document mandate = changes.get(mandates, key);
			MandateState before = AuditLog.mandateBefore(mandate, key, event.position());
			if (before == null && !(payload instanceof PositionAssigned)) {
				before = AuditLog.mandateBeforeInLog(log, key, event.position());
			}
			changes.put(mandates,
					AuditLog.withMandate(mandate, key, event.position(), MandateState.after(mandateEvent, before)));
			changes.putNew(log, entry(event, payload, EventSubjects.of(payload, before)));
		}
		else {
			changes.putNew(log, entry(event, payload, EventSubjects.of(payload, null)));
		}
	}

	private Document entry(PublishedEvent event, CadreEvent payload, EventSubjects subjects) {
		Document stored = new Document(this.json.convertValue(payload, FIELDS));
		Document metadata = new Document();
		METADATA.forEach(key -> metadata.append(key, event.metaData().get(key)));
		String legalBasis = (metadata.getString(EventMetadata.LEGAL_BASIS) != null)
				? metadata.getString(EventMetadata.LEGAL_BASIS) : stored.get("legalBasis", String.class);
		return AuditLog.entry(event, payload.getClass().getSimpleName(), metadata, legalBasis, stored, subjects);
	}

}
