package vn.cadre.reporting.messaging;

import java.util.OptionalLong;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.reporting.projection.AppliedPositions;

import static com.mongodb.client.model.Filters.eq;

/**
 * The last applied offset of each (projection, partition), kept in the read models' own
 * database. Kafka's committed offsets are not used to resume: if the read models are
 * lost, so are these checkpoints, and the projection replays from the beginning instead
 * of skipping what it no longer has.
 */
@Component
class Checkpoints {

	private final MongoCollection<Document> checkpoints;

	Checkpoints(MongoDatabase readModels) {
		this.checkpoints = readModels.getCollection(AppliedPositions.CHECKPOINTS);
	}

	OptionalLong lastApplied(String projection, int generation, TopicPartition partition) {
		Document checkpoint = this.checkpoints.find(eq("_id", id(projection, generation, partition))).first();
		return (checkpoint != null) ? OptionalLong.of(checkpoint.get("offset", Number.class).longValue())
				: OptionalLong.empty();
	}

	void save(String projection, int generation, TopicPartition partition, long offset, long position) {
		String id = id(projection, generation, partition);
		this.checkpoints.replaceOne(eq("_id", id),
				new Document("_id", id).append("projection", projection)
					.append("generation", generation)
					.append("offset", offset)
					.append("position", position),
				new ReplaceOptions().upsert(true));
	}

	/** Forgets the checkpoints of a generation that was dropped. */
	void forget(int generation) {
		this.checkpoints.deleteMany(eq("generation", generation));
	}

	/**
	 * The first generation's ids carry no suffix, so checkpoints written before
	 * generations existed stay valid.
	 */
	private static String id(String projection, int generation, TopicPartition partition) {
		return projection + "|" + partition.topic() + "|" + partition.partition()
				+ ((generation == 1) ? "" : "|g" + generation);
	}

}
