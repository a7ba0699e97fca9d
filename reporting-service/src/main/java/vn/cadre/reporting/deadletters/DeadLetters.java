package vn.cadre.reporting.deadletters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import static com.mongodb.client.model.Filters.eq;

/**
 * The dead letters and the parked aggregates of every projection, in the read models'
 * database. Checking whether an aggregate is parked is an {@code _id} lookup, cheap
 * enough to do for every record.
 */
@Component
public class DeadLetters {

	private final MongoCollection<Document> letters;

	private final MongoCollection<Document> parked;

	DeadLetters(MongoDatabase readModels) {
		this.letters = readModels.getCollection("dead_letters");
		this.parked = readModels.getCollection("parked_aggregates");
		this.letters.createIndex(Indexes.ascending("projection", "aggregateId", "position"));
	}

	public void record(DeadLetter letter) {
		Document document = new Document("_id", letter.id()).append("projection", letter.projection())
			.append("topic", letter.topic())
			.append("partition", letter.partition())
			.append("offset", letter.offset())
			.append("aggregateId", letter.aggregateId())
			.append("position", letter.position())
			.append("cause", letter.cause())
			.append("error", letter.error())
			.append("value", letter.value())
			.append("recordedAt", letter.recordedAt().toString());
		this.letters.replaceOne(eq("_id", letter.id()), document, new ReplaceOptions().upsert(true));
	}

	public boolean isParked(String projection, String aggregateId) {
		return aggregateId != null && this.parked.find(eq("_id", parkId(projection, aggregateId))).first() != null;
	}

	/** Which of these aggregates are parked, with one lookup for a whole batch. */
	public Set<String> parkedAmong(String projection, Collection<String> aggregateIds) {
		Set<String> ids = new HashSet<>();
		aggregateIds.stream().filter(Objects::nonNull).forEach(id -> ids.add(parkId(projection, id)));
		Set<String> parked = new HashSet<>();
		if (!ids.isEmpty()) {
			this.parked.find(Filters.in("_id", ids))
				.forEach(document -> parked.add(document.getString("_id").substring(projection.length() + 1)));
		}
		return parked;
	}

	public void park(String projection, String aggregateId) {
		if (aggregateId != null) {
			String id = parkId(projection, aggregateId);
			this.parked.replaceOne(eq("_id", id), new Document("_id", id).append("since", Instant.now().toString()),
					new ReplaceOptions().upsert(true));
		}
	}

	void unparkIfEmpty(String projection, String aggregateId) {
		if (aggregateId != null && forAggregate(projection, aggregateId).isEmpty()) {
			this.parked.deleteOne(eq("_id", parkId(projection, aggregateId)));
		}
	}

	Optional<DeadLetter> get(String id) {
		return Optional.ofNullable(this.letters.find(eq("_id", id)).first()).map(DeadLetters::letter);
	}

	List<DeadLetter> find(String projection, int page, int size) {
		Bson filter = (projection != null) ? eq("projection", projection) : Filters.empty();
		List<DeadLetter> result = new ArrayList<>();
		this.letters.find(filter)
			.sort(Sorts.ascending("projection", "position"))
			.skip(page * size)
			.limit(size)
			.forEach(document -> result.add(letter(document)));
		return result;
	}

	/** The letters of one aggregate in one projection, earliest first. */
	List<DeadLetter> forAggregate(String projection, String aggregateId) {
		List<DeadLetter> result = new ArrayList<>();
		this.letters.find(Filters.and(eq("projection", projection), eq("aggregateId", aggregateId)))
			.forEach(document -> result.add(letter(document)));
		result.sort(Comparator.comparingLong(DeadLetter::position).thenComparingLong(DeadLetter::offset));
		return result;
	}

	void delete(String id) {
		this.letters.deleteOne(eq("_id", id));
	}

	private static String parkId(String projection, String aggregateId) {
		return projection + "|" + aggregateId;
	}

	private static DeadLetter letter(Document document) {
		return new DeadLetter(document.getString("_id"), document.getString("projection"), document.getString("topic"),
				document.get("partition", Number.class).intValue(), document.get("offset", Number.class).longValue(),
				document.getString("aggregateId"), document.get("position", Number.class).longValue(),
				document.getString("cause"), document.getString("error"), document.getString("value"),
				Instant.parse(document.getString("recordedAt")));
	}

}
