package vn.cadre.reporting.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cadre.reporting.messaging.Checkpoints.Checkpoint;
import vn.cadre.reporting.projection.Projection;
import vn.cadre.reporting.projection.ReadModels;

/**
 * The live consumers' catch-up: when a consumer thread is more than a poll behind, its
 * polls go into one {@link CatchUpChunk} per thread, written when full or once the
 * consumer has caught up.
 */
final class CatchUps {

	private static final Logger log = LoggerFactory.getLogger(CatchUps.class);

	private final Checkpoints checkpoints;

	private final int batchSize;

	private final int catchUpEvents;

	/** What each consumer thread has applied and not yet written. */
	private final ThreadLocal<CatchUpChunk> open = new ThreadLocal<>();

	/**
	 * After a chunk failed, the offsets up to which a consumer thread applies poll by
	 * poll: those of the records the chunk held, so a poison event among them is met on
	 * the path that makes it a dead letter.
	 */
	private final ThreadLocal<Map<TopicPartition, Long>> pollByPollThrough = ThreadLocal.withInitial(HashMap::new);

	private final Counter written;

	private final Counter failed;

	CatchUps(Checkpoints checkpoints, int batchSize, int catchUpEvents, MeterRegistry meters) {
		this.checkpoints = checkpoints;
		this.batchSize = batchSize;
		this.catchUpEvents = catchUpEvents;
		this.written = Counter.builder("cadre.read-side.catch-up.chunks")
			.description("Chunks of events the consumers applied in memory and wrote together while behind")
			.register(meters);
		this.failed = Counter.builder("cadre.read-side.catch-up.failed")
			.description(
					"Chunks dropped because an event or a write failed; their events were applied again poll by poll")
			.register(meters);
	}

	/** Whether more than a poll's worth of records waits for this consumer. */
	boolean behind(Consumer<?, ?> consumer) {
		return this.catchUpEvents > 1 && CatchUpChunk.behind(consumer, this.batchSize);
	}

	/**
	 * The chunk a poll goes into, opened if the consumer is behind and not working
	 * through a failed chunk's records; null when the poll is applied on its own.
	 */
	CatchUpChunk chunkFor(String projection, ReadModels target, Consumer<?, ?> consumer, boolean behind) {
		Map<TopicPartition, Long> alone = this.pollByPollThrough.get();
		if (!behind) {
			alone.clear();
		}
		CatchUpChunk chunk = this.open.get();
		if (chunk == null && behind && alone.isEmpty()) {
			// every partition the consumer holds, so the chunk carries each one's
			// checkpoint
			chunk = new CatchUpChunk(target,
					this.checkpoints.lastApplied(projection, target.generation(), consumer.assignment()));
			this.open.set(chunk);
		}
		return chunk;
	}

	/**
	 * Adds a poll to the chunk and writes the chunk once it is full or the consumer has
	 * caught up. If anything fails the chunk is dropped, and false tells the caller to go
	 * back to the checkpoints: its records are then applied poll by poll.
	 */
	boolean add(Projection projection, CatchUpChunk chunk, List<ConsumerRecord<String, String>> fresh, boolean caughtUp,
			BiFunction<List<ConsumerRecord<String, String>>, Map<TopicPartition, Checkpoint>, RecordBatch> read) {
		chunk.seen(fresh);
		try {
			RecordBatch batch = read.apply(fresh, chunk.progress);
			projection.applyAll(batch.events, chunk.changes);
			chunk.progress.putAll(batch.progress);
			chunk.applied(batch.events);
			if (caughtUp || chunk.full(this.catchUpEvents)) {
				write(projection.name(), chunk);
			}
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Projection {}: a catch-up chunk failed ({}); applying poll by poll from the checkpoints",
					projection.name(), ex.toString());
			this.open.remove();
			this.pollByPollThrough.get().putAll(chunk.seen());
			this.failed.increment();
			return false;
		}
	}

	/**
	 * Notes a poll applied on its own: past a failed chunk's records, chunks may start.
	 */
	void appliedAlone(List<ConsumerRecord<String, String>> records) {
		Map<TopicPartition, Long> alone = this.pollByPollThrough.get();
		records.forEach(record -> alone.computeIfPresent(new TopicPartition(record.topic(), record.partition()),
				(partition, through) -> (record.offset() >= through) ? null : through));
	}

	/**
	 * Writes what the thread holds before its partitions change hands; false if that
	 * failed and the chunk was dropped.
	 */
	boolean writeOpen(String projection) {
		CatchUpChunk chunk = this.open.get();
		if (chunk == null) {
			return true;
		}
		try {
			write(projection, chunk);
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Projection {}: a catch-up chunk could not be written before a rebalance ({})", projection,
					ex.toString());
			return false;
		}
	}

	/**
	 * Drops the thread's chunk: the generation it was written for is no longer served.
	 */
	void discard() {
		this.open.remove();
	}

	private void write(String projection, CatchUpChunk chunk) {
		this.open.remove();
		chunk.changes.flush();
		this.checkpoints.saveAll(projection, chunk.generation(), chunk.moved());
		this.written.increment();
	}

}
