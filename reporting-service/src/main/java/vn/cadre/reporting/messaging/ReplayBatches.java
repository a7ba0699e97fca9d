package vn.cadre.reporting.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.reporting.messaging.Checkpoints.Checkpoint;
import vn.cadre.reporting.projection.Changes;
import vn.cadre.reporting.projection.EventDecoder;
import vn.cadre.reporting.projection.Projection;
import vn.cadre.reporting.projection.ReadModels;

/**
 * Applies a replay's polls to every read model, the read models of one poll side by side
 * (they share no collection), in chunks of several polls held in memory (see
 * {@link CatchUpChunk}) and written by {@link #write}. An event no read model can read is
 * skipped and counted: the live consumers have made it a dead letter already, and a
 * comparison shows its effect.
 */
public final class ReplayBatches {

	private static final Logger log = LoggerFactory.getLogger(ReplayBatches.class);

	private final List<Projection> projections;

	private final EventDecoder decoder;

	private final ExecutorService workers;

	private final int batchSize;

	private final int chunkEvents;

	/** Each read model's open chunk: its changes and the events they hold. */
	private final Map<String, Chunk> chunks = new ConcurrentHashMap<>();

	public ReplayBatches(List<Projection> projections, EventDecoder decoder, int batchSize, int chunkEvents) {
		this.projections = projections;
		this.decoder = decoder;
		this.batchSize = batchSize;
		this.chunkEvents = chunkEvents;
		this.workers = Executors.newFixedThreadPool(projections.size(), runnable -> {
			Thread thread = new Thread(runnable, "read-model-rebuild-apply");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Applies one poll's records; with {@code limits} (a check), each read model only up
	 * to the offset it has applied live. {@code last} moves on with the records.
	 */
	public void apply(List<ConsumerRecord<String, String>> records, ReadModels target, AtomicLong skipped,
			Map<TopicPartition, Checkpoint> last, Map<String, Map<TopicPartition, Long>> limits) {
		RecordBatch all = RecordBatch.read(records, this.decoder, last, record -> false,
				(record, ex) -> skipped.incrementAndGet());
		List<Callable<Void>> work = new ArrayList<>();
		for (Projection projection : this.projections) {
			List<PublishedEvent> events = (limits != null)
					? upTo(records, limits.getOrDefault(projection.name(), Map.of())) : all.events;
			work.add(() -> {
				applyInChunk(projection, events, target, skipped);
				return null;
			});
		}
		runAll(work);
		last.putAll(all.progress);
	}

	/** Writes every read model's open chunk. */
	public void write() {
		List<Callable<Void>> work = new ArrayList<>();
		for (Projection projection : this.projections) {
			work.add(() -> {
				Chunk chunk = this.chunks.remove(projection.name());
				if (chunk != null) {
					chunk.changes.flush();
				}
				return null;
			});
		}
		runAll(work);
	}

	/** Forgets the open chunks of a run that failed. */
	public void discard() {
		this.chunks.clear();
	}

	/**
	 * Adds events to the read model's chunk, writing it when full. If applying or writing
	 * fails, the chunk's events are applied again from what is stored, batch by batch and
	 * then one by one, so only an event that fails alone is skipped.
	 */
	private void applyInChunk(Projection projection, List<PublishedEvent> events, ReadModels target,
			AtomicLong skipped) {
		Chunk chunk = this.chunks.computeIfAbsent(projection.name(), name -> new Chunk(new Changes(target)));
		chunk.events.addAll(events);
		try {
			projection.applyAll(events, chunk.changes);
			if (chunk.events.size() >= this.chunkEvents || chunk.changes.held() >= CatchUpChunk.MAX_HELD) {
				this.chunks.remove(projection.name());
				chunk.changes.flush();
			}
		}
		catch (RuntimeException ex) {
			this.chunks.remove(projection.name());
			for (int from = 0; from < chunk.events.size(); from += this.batchSize) {
				applySafely(projection,
						chunk.events.subList(from, Math.min(chunk.events.size(), from + this.batchSize)), target,
						skipped);
			}
		}
	}

	private void runAll(List<Callable<Void>> work) {
		try {
			for (Future<Void> done : this.workers.invokeAll(work)) {
				done.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while applying a batch", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("A read model failed to apply a batch", ex.getCause());
		}
	}

	private List<PublishedEvent> upTo(List<ConsumerRecord<String, String>> records, Map<TopicPartition, Long> limit) {
		return RecordBatch.read(records.stream()
			.filter(record -> record.offset() <= limit
				.getOrDefault(new TopicPartition(record.topic(), record.partition()), -1L))
			.toList(), this.decoder, Map.of(), record -> false, (record, ex) -> {
			}).events;
	}

	/** A read model's events applied in memory and not yet written. */
	private record Chunk(Changes changes, List<PublishedEvent> events) {

		Chunk(Changes changes) {
			this(changes, new ArrayList<>());
		}

	}

	private static void applySafely(Projection projection, List<PublishedEvent> events, ReadModels target,
			AtomicLong skipped) {
		try {
			projection.applyAll(events, target);
		}
		catch (RuntimeException batchFailed) {
			for (PublishedEvent event : events) {
				try {
					projection.apply(event, target);
				}
				catch (RuntimeException ex) {
					skipped.incrementAndGet();
					log.warn("Rebuild: {} could not apply the event at position {}: {}", projection.name(),
							event.position(), ex.toString());
				}
			}
		}
	}

}
