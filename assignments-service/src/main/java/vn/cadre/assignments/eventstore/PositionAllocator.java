package vn.cadre.assignments.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import static com.mongodb.client.model.Filters.eq;

/**
 * Hands out blocks of global positions from one counter document; a single-document
 * update is atomic.
 */
final class PositionAllocator {

	private static final String COUNTER_ID = "events";

	private final MongoCollection<Document> counters;

	private final WriteGate gate;

	PositionAllocator(MongoCollection<Document> counters, WriteGate gate) {
		this.counters = counters;
		this.gate = gate;
	}

	/**
	 * Reserves {@code count} positions and returns the last of them; the block is
	 * {@code last - count + 1..last}.
	 */
	long allocate(int count) {
		Document after = this.gate
			.write(() -> this.counters.findOneAndUpdate(eq("_id", COUNTER_ID), Updates.inc("last", (long) count),
					new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)));
		return after.get("last", Number.class).longValue();
	}

	/** The highest position handed out so far, 0 when none. */
	long lastAllocated() {
		Document counter = this.counters.find(eq("_id", COUNTER_ID)).first();
		return (counter != null) ? counter.get("last", Number.class).longValue() : 0L;
	}

}
