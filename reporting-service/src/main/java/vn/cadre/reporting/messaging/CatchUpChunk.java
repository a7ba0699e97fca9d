package vn.cadre.reporting.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.reporting.messaging.Checkpoints.Checkpoint;
import vn.cadre.reporting.projection.Changes;
import vn.cadre.reporting.projection.ReadModels;

/**
 * Events a consumer has applied in memory but not yet written, while it is far behind the
 * end of its partitions. A document that many events change (a unit's mandates, a
 * mandate's head) is then written once per chunk rather than once per poll, which is what
 * a replay or a rebuild spends its time on. The chunk's checkpoints are written only
 * after its documents, so until then the read model and its checkpoints agree on an
 * earlier point, and a chunk lost with its process is simply applied again.
 */
final class CatchUpChunk {

	/**
	 * Documents a chunk may hold before it is written whatever its size: about a hundred
	 * MiB of heap with the read models' documents.
	 */
	static final int MAX_HELD = 60_000;

	final Changes changes;

	/** The partitions' checkpoints as of the events applied to {@link #changes}. */
	final Map<TopicPartition, Checkpoint> progress;

	private final Map<TopicPartition, Checkpoint> written;

	private final Map<TopicPartition, Long> seen = new HashMap<>();

	private int events;

	CatchUpChunk(ReadModels target, Map<TopicPartition, Checkpoint> written) {
		this.changes = new Changes(target);
		this.written = Map.copyOf(written);
		this.progress = new HashMap<>(written);
	}

	int generation() {
		return this.changes.target().generation();
	}

	/** Notes the records handed to the chunk, applied or not. */
	void seen(List<? extends ConsumerRecord<?, ?>> records) {
		records.forEach(record -> this.seen.merge(new TopicPartition(record.topic(), record.partition()),
				record.offset(), Math::max));
	}

	/** The last offset of each partition handed to the chunk. */
	Map<TopicPartition, Long> seen() {
		return Map.copyOf(this.seen);
	}

	void applied(List<PublishedEvent> events) {
		this.events += events.size();
	}

	/** Whether the chunk has grown enough to be written. */
	boolean full(int maxEvents) {
		return this.events >= maxEvents || this.changes.held() >= MAX_HELD;
	}

	/** The checkpoints that writing the chunk moves. */
	Map<TopicPartition, Checkpoint> moved() {
		Map<TopicPartition, Checkpoint> moved = new HashMap<>();
		this.progress.forEach((partition, checkpoint) -> {
			if (!checkpoint.equals(this.written.get(partition))) {
				moved.put(partition, checkpoint);
			}
		});
		return moved;
	}

	/**
	 * Whether more than a poll's worth of records waits beyond what the consumer has
	 * fetched, counting the partitions whose end it knows (a partition not fetched from
	 * yet counts for none).
	 */
	static boolean behind(Consumer<?, ?> consumer, int pollSize) {
		long waiting = 0;
		for (TopicPartition partition : consumer.assignment()) {
			OptionalLong lag = consumer.currentLag(partition);
			waiting += lag.orElse(0);
		}
		return waiting >= pollSize;
	}

}
