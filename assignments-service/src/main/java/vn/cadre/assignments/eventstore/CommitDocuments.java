package vn.cadre.assignments.eventstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * The stored shape of a commit:
 * {@code {_id: firstPosition, last, committedAt, streams: ["aggId#seq", ...], events:
 * [...]}}. Payload and metadata are kept as the serializer's JSON text, byte for byte, so
 * that what an auditor hashes is exactly what was written.
 */
final class CommitDocuments {

	static final String LAST = "last";

	static final String STREAMS = "streams";

	static final String EVENTS = "events";

	static final String TOMBSTONE = "tombstone";

	static final String COMMITTED_AT = "committedAt";

	private CommitDocuments() {
	}

	static String streamKey(String aggregateId, long sequence) {
		return aggregateId + "#" + sequence;
	}

	/**
	 * Serializes the events of one unit of work; positions are filled in when the block
	 * is known.
	 */
	static List<Document> serialize(List<? extends EventMessage<?>> events, Serializer serializer) {
		List<Document> documents = new ArrayList<>(events.size());
		for (EventMessage<?> event : events) {
			SerializedObject<String> payload = serializer.serialize(event.getPayload(), String.class);
			SerializedObject<String> metaData = serializer.serialize(event.getMetaData(), String.class);
			Document document = new Document("eventId", event.getIdentifier())
				.append("timestamp", event.getTimestamp().toString())
				.append("payloadType", payload.getType().getName())
				.append("revision", payload.getType().getRevision())
				.append("payload", payload.getData())
				.append("metaData", metaData.getData());
			if (event instanceof DomainEventMessage<?> domainEvent) {
				document.append("aggregateType", domainEvent.getType())
					.append("aggregateId", domainEvent.getAggregateIdentifier())
					.append("sequence", domainEvent.getSequenceNumber());
			}
			documents.add(document);
		}
		return documents;
	}

	static Set<String> streamKeys(List<Document> events) {
		Set<String> keys = new LinkedHashSet<>();
		for (Document event : events) {
			String aggregateId = event.getString("aggregateId");
			if (aggregateId != null) {
				keys.add(streamKey(aggregateId, event.get("sequence", Number.class).longValue()));
			}
		}
		return keys;
	}

	static Document commit(long first, List<Document> events, Instant committedAt) {
		long position = first;
		for (Document event : events) {
			event.put("position", position++);
		}
		Document commit = new Document("_id", first).append(LAST, first + events.size() - 1)
			.append(COMMITTED_AT, Date.from(committedAt))
			.append(EVENTS, events);
		Set<String> keys = streamKeys(events);
		if (!keys.isEmpty()) {
			// Absent rather than empty for commits without aggregates: the unique index
			// is sparse.
			commit.append(STREAMS, new ArrayList<>(keys));
		}
		return commit;
	}

	static Document tombstone(long position, Instant declaredAt) {
		return new Document("_id", position).append(LAST, position)
			.append(TOMBSTONE, true)
			.append(COMMITTED_AT, Date.from(declaredAt))
			.append(EVENTS, List.of());
	}

	static long first(Document commit) {
		return commit.get("_id", Number.class).longValue();
	}

	static long last(Document commit) {
		return commit.get(LAST, Number.class).longValue();
	}

	static List<Document> events(Document commit) {
		return commit.getList(EVENTS, Document.class);
	}

	static TrackedEventData<String> tracked(Document event) {
		long position = event.get("position", Number.class).longValue();
		return new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(position), domain(event));
	}

	static DomainEventData<String> domain(Document event) {
		Number sequence = event.get("sequence", Number.class);
		return new GenericDomainEventEntry<>(event.getString("aggregateType"), event.getString("aggregateId"),
				(sequence != null) ? sequence.longValue() : 0L, event.getString("eventId"),
				Instant.parse(event.getString("timestamp")), event.getString("payloadType"),
				event.getString("revision"), event.getString("payload"), event.getString("metaData"));
	}

}
