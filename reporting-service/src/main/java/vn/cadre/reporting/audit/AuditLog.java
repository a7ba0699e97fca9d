package vn.cadre.reporting.audit;

import java.time.LocalDate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import vn.cadre.reporting.projection.ReadModels;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

/** The {@code audit_log} collection, its indexes and the stored form of its parts. */
final class AuditLog {

	static final String COLLECTION = "audit_log";

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
			log.createIndex(Indexes.ascending("mandate.key", "position"));
		});
	}

	/**
	 * The mandate as believed just before {@code position}: a unit's events arrive in
	 * order, so its earlier ones are already here, and a redelivery finds the same.
	 */
	static MandateState mandateBefore(MongoCollection<Document> log, String key, long position) {
		Document previous = log.find(and(eq("mandate.key", key), lt("position", position)))
			.sort(Sorts.descending("position"))
			.first();
		if (previous == null) {
			return null;
		}
		Document mandate = previous.get("mandate", Document.class);
		return new MandateState(key, mandate.getString("personId"), date(mandate.getString("from")),
				date(mandate.getString("until")));
	}

	static Document mandate(MandateState state) {
		return new Document("key", state.key()).append("personId", state.personId())
			.append("from", text(state.from()))
			.append("until", text(state.until()));
	}

	/** ISO dates, so string order is date order in filters. */
	static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	static LocalDate date(String text) {
		return (text != null) ? LocalDate.parse(text) : null;
	}

}
