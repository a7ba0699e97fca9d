package vn.cadre.reporting.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import vn.cadre.kernel.EventMetadata;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.reporting.projection.ReadModels;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

/**
 * The {@code audit_log} collection, its indexes and the stored form of its parts, and
 * {@code audit_mandates}, what the log believed of each mandate after each of its events.
 */
final class AuditLog {

	static final String COLLECTION = "audit_log";

	static final String MANDATES = "audit_mandates";

	/** The fields of an entry the queries filter, sort and index on. */
	static final String POSITION = "position";

	static final String UNIT_IDS = "unitIds";

	static final String PERSON_IDS = "personIds";

	static final String ACTOR = "metadata." + EventMetadata.ACTOR;

	static final String TYPE = "type";

	static final String RECORDED_AT = "recordedAt";

	static final String VALID_FROM = "validFrom";

	static final String VALID_UNTIL = "validUntil";

	private AuditLog() {
	}

	/**
	 * Each filter's index ends with the position, so a page of one unit, person, actor or
	 * type is read in order without sorting every match.
	 */
	static MongoCollection<Document> collection(ReadModels readModels) {
		return readModels.collection(COLLECTION, log -> {
			log.createIndex(Indexes.ascending(POSITION), new IndexOptions().unique(true));
			log.createIndex(Indexes.ascending(UNIT_IDS, POSITION));
			log.createIndex(Indexes.ascending(PERSON_IDS, POSITION));
			log.createIndex(Indexes.ascending(ACTOR, POSITION));
			log.createIndex(Indexes.ascending(TYPE, POSITION));
			log.createIndex(Indexes.ascending(RECORDED_AT));
			log.createIndex(Indexes.ascending("mandate.key", POSITION));
		});
	}

	/**
	 * One document per mandate, under its key, with the state after each of its events:
	 * read by {@code _id} only, so applying an event costs the same however long the log
	 * grows (a query on the log itself would scan it on mongo-java-server).
	 */
	static MongoCollection<Document> mandates(ReadModels readModels) {
		return readModels.collection(MANDATES, mandates -> {
		});
	}

	/**
	 * The mandate as believed just before {@code position}, from its document in
	 * {@code audit_mandates} (null when it has none): a unit's events arrive in order, so
	 * its earlier ones are already recorded, and a redelivery finds the same.
	 */
	static MandateState mandateBefore(Document mandate, String key, long position) {
		if (mandate == null) {
			return null;
		}
		long latest = -1;
		Document state = null;
		for (Map.Entry<String, Object> entry : mandate.get("states", Document.class).entrySet()) {
			long at = Long.parseLong(entry.getKey());
			if (at < position && at > latest) {
				latest = at;
				state = (Document) entry.getValue();
			}
		}
		if (state == null) {
			return null;
		}
		return new MandateState(key, state.getString("personId"), date(state.getString("from")),
				date(state.getString("until")));
	}

	/**
	 * The mandate's document with the state after the event at {@code position} recorded
	 * under the position: applying the event again records it again.
	 */
	static Document withMandate(Document mandate, String key, long position, MandateState state) {
		Document after = new Document("personId", state.personId()).append("from", text(state.from()))
			.append("until", text(state.until()));
		Document states = (mandate != null) ? new Document(mandate.get("states", Document.class)) : new Document();
		states.put(String.valueOf(position), after);
		return new Document("_id", key).append("states", states);
	}

	/**
	 * The mandate as an entry of the log written before {@code audit_mandates} existed
	 * recorded it (field {@code mandate}): read only for a mandate that has no document
	 * there yet, so once per such mandate after an upgrade.
	 */
	static MandateState mandateBeforeInLog(MongoCollection<Document> log, String key, long position) {
		Document previous = log.find(and(eq("mandate.key", key), lt(POSITION, position)))
			.sort(Sorts.descending(POSITION))
			.first();
		if (previous == null) {
			return null;
		}
		Document mandate = previous.get("mandate", Document.class);
		return new MandateState(key, mandate.getString("personId"), date(mandate.getString("from")),
				date(mandate.getString("until")));
	}

	/**
	 * An event's entry: its envelope, the metadata kept, the document it cites, its
	 * payload as stored, and the units, persons and valid time it speaks of.
	 */
	static Document entry(PublishedEvent event, String type, Document metadata, String legalBasis, Document payload,
			EventSubjects subjects) {
		return new Document("_id", event.eventId()).append(POSITION, event.position())
			.append("eventId", event.eventId())
			.append(TYPE, type)
			.append("typeName", event.type())
			.append("revision", event.revision())
			.append("aggregateType", event.aggregateType())
			.append("aggregateId", event.aggregateId())
			.append("sequence", event.sequence())
			// a BSON date to filter and index on keeps milliseconds; the answer shows the
			// exact instant
			.append(RECORDED_AT, Date.from(event.recordedAt()))
			.append("recordedAtExact", event.recordedAt().toString())
			.append("metadata", metadata)
			.append("legalBasis", legalBasis)
			.append("payload", payload)
			.append(UNIT_IDS, subjects.unitIds())
			.append(PERSON_IDS, subjects.personIds())
			.append(VALID_FROM, text(subjects.valid().from()))
			.append(VALID_UNTIL, text(subjects.valid().until()));
	}

	/** A stored entry as a page shows it. */
	static AuditPage.Entry read(Document document) {
		Document metadata = document.get("metadata", Document.class);
		return new AuditPage.Entry(document.get(POSITION, Number.class).longValue(), document.getString("eventId"),
				document.getString(TYPE), document.getString("typeName"), document.getString("aggregateType"),
				document.getString("aggregateId"), document.get("sequence", Number.class).longValue(),
				Instant.parse(document.getString("recordedAtExact")),
				new AuditPage.Metadata(metadata.getString(EventMetadata.ACTOR),
						metadata.getString(EventMetadata.COMMAND_ID), metadata.getString(EventMetadata.REASON),
						metadata.getString(EventMetadata.LEGAL_BASIS),
						metadata.getString(EventMetadata.CORRELATION_ID)),
				document.getString("legalBasis"), document.getList(UNIT_IDS, String.class),
				document.getList(PERSON_IDS, String.class), date(document.getString(VALID_FROM)),
				date(document.getString(VALID_UNTIL)), document.get("payload", Document.class));
	}

	/** ISO dates, so string order is date order in filters. */
	static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	static LocalDate date(String text) {
		return (text != null) ? LocalDate.parse(text) : null;
	}

}
