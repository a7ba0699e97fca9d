package vn.cadre.reporting.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.kernel.Watermark;
import vn.cadre.reporting.projection.AppliedPositions;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

/**
 * The last applied offset of each (projection, partition, generation), kept in the read
 * models' own database and written after the batch it covers. Kafka's committed offsets
 * are not used to resume: if the read models are lost, so are these checkpoints, and the
 * projection replays from the beginning instead of skipping what it no longer has.
 */
@Component
public class Checkpoints {

	private final MongoCollection<Document> checkpoints;

	public Checkpoints(MongoDatabase readModels) {
		this.checkpoints = readModels.getCollection(AppliedPositions.CHECKPOINTS);
	}

	/**
	 * Where a partition stands: its last applied offset, the global position it is
	 * complete through (every event of the partition at or before it is applied), and the
	 * event store's head as the last watermark it passed told it.
	 */
	public record Checkpoint(long offset, long through, long storeHead, Instant markedAt) {

		/**
		 * After an event at {@code position}: the partition's events before it came
		 * first.
		 */
		Checkpoint afterEvent(long offset, long position) {
			return new Checkpoint(offset, Math.max(this.through, position), Math.max(this.storeHead, position),
					this.markedAt);
		}

		Checkpoint afterWatermark(long offset, Watermark mark) {
			return new Checkpoint(offset, Math.max(this.through, mark.publishedThrough()),
					Math.max(this.storeHead, mark.storeHead()), mark.at());
		}

		public static final Checkpoint NONE = new Checkpoint(-1, -1, -1, null);

	}

	public Map<TopicPartition, Checkpoint> lastApplied(String projection, int generation,
			Collection<TopicPartition> partitions) {
		Map<String, TopicPartition> byId = new HashMap<>();
		partitions.forEach(partition -> byId.put(id(projection, generation, partition), partition));
		Map<TopicPartition, Checkpoint> found = new HashMap<>();
		this.checkpoints.find(in("_id", byId.keySet()))
			.forEach(document -> found.put(byId.get(document.getString("_id")), checkpoint(document)));
		return found;
	}

	/** Every checkpoint of a generation, by projection and partition. */
	public Map<String, Map<TopicPartition, Checkpoint>> all(int generation) {
		Map<String, Map<TopicPartition, Checkpoint>> all = new HashMap<>();
		this.checkpoints.find(eq("generation", generation))
			.forEach(document -> all.computeIfAbsent(document.getString("projection"), name -> new HashMap<>())
				.put(partition(document), checkpoint(document)));
		return all;
	}

	public void save(String projection, int generation, TopicPartition partition, Checkpoint checkpoint) {
		saveAll(projection, generation, Map.of(partition, checkpoint));
	}

	public void saveAll(String projection, int generation, Map<TopicPartition, Checkpoint> progress) {
		List<WriteModel<Document>> writes = new ArrayList<>();
		progress.forEach((partition, checkpoint) -> {
			String id = id(projection, generation, partition);
			writes.add(new ReplaceOneModel<>(eq("_id", id),
					new Document("_id", id).append("projection", projection)
						.append("generation", generation)
						.append("topic", partition.topic())
						.append("partition", partition.partition())
						.append("offset", checkpoint.offset())
						.append("position", checkpoint.through())
						.append("storeHead", checkpoint.storeHead())
						.append("markedAt", (checkpoint.markedAt() != null) ? checkpoint.markedAt().toString() : null),
					new ReplaceOptions().upsert(true)));
		});
		if (!writes.isEmpty()) {
			this.checkpoints.bulkWrite(writes, new BulkWriteOptions().ordered(false));
		}
	}

	/** Forgets the checkpoints of a generation that was dropped. */
	public void forget(int generation) {
		this.checkpoints.deleteMany(eq("generation", generation));
	}

	/**
	 * Forgets the checkpoints of every generation but {@code kept}: those a live consumer
	 * wrote for a generation after a switch had dropped it are of no use to anyone.
	 */
	public void forgetAllBut(int kept) {
		this.checkpoints.deleteMany(and(exists("generation"), ne("generation", kept)));
	}

	/** Checkpoints written before they named their partition carry it in their id. */
	private static TopicPartition partition(Document document) {
		if (document.getString("topic") != null) {
			return new TopicPartition(document.getString("topic"), document.getInteger("partition"));
		}
		String[] parts = document.getString("_id").split("\\|");
		return new TopicPartition(parts[1], Integer.parseInt(parts[2]));
	}

	private static Checkpoint checkpoint(Document document) {
		Number storeHead = document.get("storeHead", Number.class);
		String markedAt = document.getString("markedAt");
		long through = document.get("position", Number.class).longValue();
		return new Checkpoint(document.get("offset", Number.class).longValue(), through,
				(storeHead != null) ? storeHead.longValue() : through,
				(markedAt != null) ? Instant.parse(markedAt) : null);
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
