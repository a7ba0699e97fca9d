package vn.cadre.reporting.audit;

import java.time.LocalDate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import vn.cadre.reporting.projection.ReadModels;

import static com.mongodb.client.model.Filters.eq;

/**
 * The {@code audit_log} collection, its indexes and the stored form of its parts, and
 * {@code audit_mandates}, what the log believed of each mandate after each of its events.
 */
final class AuditLog {

	static final String COLLECTION = "audit_log";

	static final String MANDATES = "audit_mandates";

	private AuditLog() {
	}

	/**
	 * Each filter's index ends with the position, so a page of one unit, person, actor or
	 * type is read in order without sorting every match.
	 */
	static MongoCollection<Document> collection(ReadModels readModels) {
		return readModels.collection(COLLECTION, log -> {
			log.createIndex(Indexes.ascending("position"), new IndexOptions().unique(true));
			log.createIndex(Indexes.ascending("unitIds", "position"));
			log.createIndex(Indexes.ascending("personIds", "position"));
			log.createIndex(Indexes.ascending("metadata.actor", "position"));
			log.createIndex(Indexes.ascending("type", "position"));
			log.createIndex(Indexes.ascending("recordedAt"));
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
	 * The mandate as believed just before {@code position}: a unit's events arrive in
	 * order, so its earlier ones are already recorded, and a redelivery finds the same.
	 */
	static MandateState mandateBefore(MongoCollection<Document> mandates, String key, long position) {
		Document mandate = mandates.find(eq("_id", key)).first();
		if (mandate == null) {
			return null;
		}
		Document latest = null;
		for (Document state : mandate.getList("states", Document.class)) {
			long at = state.get("position", Number.class).longValue();
			if (at < position && (latest == null || at > latest.get("position", Number.class).longValue())) {
				latest = state;
			}
		}
		if (latest == null) {
			return null;
		}
		return new MandateState(key, latest.getString("personId"), date(latest.getString("from")),
				date(latest.getString("until")));
	}

	/**
	 * Records the state after the event at {@code position}; a redelivery computes the
	 * same state, which the set already holds.
	 */
	static void recordMandate(MongoCollection<Document> mandates, long position, MandateState state) {
		Document after = new Document("position", position).append("personId", state.personId())
			.append("from", text(state.from()))
			.append("until", text(state.until()));
		mandates.updateOne(eq("_id", state.key()), Updates.addToSet("states", after), new UpdateOptions().upsert(true));
	}

	/** ISO dates, so string order is date order in filters. */
	static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	static LocalDate date(String text) {
		return (text != null) ? LocalDate.parse(text) : null;
	}

}
