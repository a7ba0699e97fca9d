package vn.cadre.reporting.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.BatchConsumerAwareMessageListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.FixedBackOff;
import vn.cadre.reporting.config.ReportingProperties;
import vn.cadre.reporting.deadletters.DeadLetter;
import vn.cadre.reporting.deadletters.DeadLetters;
import vn.cadre.reporting.deadletters.PoisonPolicy;
import vn.cadre.reporting.messaging.Checkpoints.Checkpoint;
import vn.cadre.reporting.projection.EventDecoder;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.Projection;
import vn.cadre.reporting.projection.ReadModels;

/**
 * Runs one listener container per projection, in the projection's own consumer group, so
 * projections progress and rebuild independently and several service instances share the
 * partitions. Each poll is applied as one batch: the documents it reads are fetched
 * together, what it changes is written once, then the checkpoints. A batch that fails is
 * applied again one record at a time, so an event that still fails after its retries
 * becomes a dead letter on its own; under {@link PoisonPolicy#PARK} the aggregate's later
 * events follow it there.
 *
 * <p>
 * A consumer notices when another generation is served (a rebuild took over) and goes
 * back to that generation's checkpoints before applying anything more, so no event is
 * skipped however long the switch took.
 */
@Component
class ProjectionConsumers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ProjectionConsumers.class);

	private static final Duration SWITCH_TIMEOUT = Duration.ofMinutes(2);

	private final List<ConcurrentMessageListenerContainer<String, String>> containers = new ArrayList<>();

	private final EventDecoder decoder;

	private final Checkpoints checkpoints;

	private final DeadLetters deadLetters;

	private final PoisonPolicy policy;

	private final Generations generations;

	/** The generation each consumer thread last positioned itself in. */
	private final ThreadLocal<Integer> positionedIn = new ThreadLocal<>();

	/** What each consumer thread has applied and not yet written while catching up. */
	private final ThreadLocal<CatchUpChunk> chunk = new ThreadLocal<>();

	/**
	 * After a chunk failed, the offsets up to which a consumer thread applies poll by
	 * poll: those of the records the chunk held, so a poison event among them is met on
	 * the path that makes it a dead letter.
	 */
	private final ThreadLocal<Map<TopicPartition, Long>> pollByPollThrough = ThreadLocal.withInitial(HashMap::new);

	private final int batchSize;

	private final int catchUpEvents;

	private final Counter writtenChunks;

	private final Counter failedChunks;

	private volatile boolean running;

	ProjectionConsumers(List<Projection> projections, ConcurrentKafkaListenerContainerFactory<String, String> factory,
			EventDecoder decoder, Checkpoints checkpoints, DeadLetters deadLetters, Generations generations,
			ReportingProperties properties, MeterRegistry meters) {
		this.generations = generations;
		this.decoder = decoder;
		this.checkpoints = checkpoints;
		this.deadLetters = deadLetters;
		this.policy = properties.poisonPolicy();
		this.batchSize = properties.applyBatchSize();
		this.catchUpEvents = properties.catchUpEvents();
		this.writtenChunks = Counter.builder("cadre.read-side.catch-up.chunks")
			.description("Chunks of events the consumers applied in memory and wrote together while behind")
			.register(meters);
		this.failedChunks = Counter.builder("cadre.read-side.catch-up.failed")
			.description(
					"Chunks dropped because an event or a write failed; their events were applied again poll by poll")
			.register(meters);
		Properties consumer = new Properties();
		consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(properties.applyBatchSize()));
		for (Projection projection : projections) {
			ConcurrentMessageListenerContainer<String, String> container = factory.createContainer(properties.topic());
			container.setBeanName(projection.name());
			container.setConcurrency(properties.consumersPerProjection());
			container.getContainerProperties().setGroupId(projection.name());
			container.getContainerProperties().setKafkaConsumerProperties(consumer);
			// offsets in Kafka only show the lag; consumers resume from the checkpoints
			container.getContainerProperties().setAckMode(AckMode.BATCH);
			container.getContainerProperties().setSyncCommits(false);
			container.getContainerProperties()
				.setConsumerRebalanceListener(new ResumeFromCheckpoint(projection.name()));
			container.getContainerProperties()
				.setMessageListener((BatchConsumerAwareMessageListener<String, String>) (records,
						kafka) -> applyBatch(projection, records, kafka));
			container.setCommonErrorHandler(
					new DefaultErrorHandler((record, ex) -> deadLetter(projection, record, ex, DeadLetter.FAILED),
							new FixedBackOff(properties.retryInterval().toMillis(), properties.retryAttempts())));
			this.containers.add(container);
		}
	}

	private void applyBatch(Projection projection, List<ConsumerRecord<String, String>> records,
			Consumer<?, ?> consumer) {
		ReadModels target = servedAfterAnySwitch();
		if (!Integer.valueOf(target.generation()).equals(this.positionedIn.get())) {
			this.chunk.remove();
			resumeFromCheckpoints(projection.name(), consumer, consumer.assignment());
			return;
		}
		boolean behind = this.catchUpEvents > 1 && CatchUpChunk.behind(consumer, this.batchSize);
		Map<TopicPartition, Long> alone = this.pollByPollThrough.get();
		if (!behind) {
			alone.clear();
		}
		CatchUpChunk open = this.chunk.get();
		if (open == null && behind && alone.isEmpty()) {
			// every partition the consumer holds, so the chunk carries each one's
			// checkpoint
			open = new CatchUpChunk(target,
					this.checkpoints.lastApplied(projection.name(), target.generation(), consumer.assignment()));
			this.chunk.set(open);
		}
		Map<TopicPartition, Checkpoint> applied = (open != null) ? open.progress
				: this.checkpoints.lastApplied(projection.name(), target.generation(), partitionsOf(records));
		List<ConsumerRecord<String, String>> fresh = records.stream()
			.filter(record -> record.offset() > applied
				.getOrDefault(new TopicPartition(record.topic(), record.partition()), Checkpoint.NONE)
				.offset())
			.toList();
		if (open != null) {
			catchUp(projection, open, fresh, !behind, consumer);
			return;
		}
		if (!fresh.isEmpty()) {
			applyPoll(projection, fresh, target, applied);
		}
		// applied: past a failed chunk's records, chunks may start again
		records.forEach(record -> alone.computeIfPresent(new TopicPartition(record.topic(), record.partition()),
				(partition, through) -> (record.offset() >= through) ? null : through));
	}

	private void applyPoll(Projection projection, List<ConsumerRecord<String, String>> fresh, ReadModels target,
			Map<TopicPartition, Checkpoint> applied) {
		try {
			applyTogether(projection, fresh, target, applied);
		}
		catch (RuntimeException ex) {
			log.debug("Projection {}: a batch failed, applying its records one by one", projection.name(), ex);
			for (ConsumerRecord<String, String> record : fresh) {
				try {
					applyTogether(projection, List.of(record), target, applied);
				}
				catch (RuntimeException single) {
					throw new BatchListenerFailedException("Projection " + projection.name() + " failed on "
							+ record.topic() + "-" + record.partition() + "@" + record.offset(), single, record);
				}
			}
		}
	}

	/**
	 * Adds a poll to the open chunk and writes the chunk once it is full or the consumer
	 * has caught up. If anything fails, the chunk is dropped, the consumer goes back to
	 * its checkpoints and applies poll by poll until it has caught up, so a poison event
	 * is met on the path that makes it a dead letter.
	 */
	private void catchUp(Projection projection, CatchUpChunk open, List<ConsumerRecord<String, String>> fresh,
			boolean caughtUp, Consumer<?, ?> consumer) {
		open.seen(fresh);
		try {
			RecordBatch batch = read(projection, fresh, open.progress);
			projection.applyAll(batch.events, open.changes);
			open.progress.putAll(batch.progress);
			open.applied(batch.events);
			if (caughtUp || open.full(this.catchUpEvents)) {
				write(projection.name(), open);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Projection {}: a catch-up chunk failed ({}); applying poll by poll from the checkpoints",
					projection.name(), ex.toString());
			this.chunk.remove();
			this.pollByPollThrough.get().putAll(open.seen());
			this.failedChunks.increment();
			resumeFromCheckpoints(projection.name(), consumer, consumer.assignment());
		}
	}

	private void write(String projection, CatchUpChunk open) {
		this.chunk.remove();
		open.changes.flush();
		this.checkpoints.saveAll(projection, open.generation(), open.moved());
		this.writtenChunks.increment();
	}

	/** Writes what a consumer thread holds before its partitions change hands. */
	private void writeOpenChunk(String projection) {
		CatchUpChunk open = this.chunk.get();
		if (open == null) {
			return;
		}
		try {
			write(projection, open);
		}
		catch (RuntimeException ex) {
			log.warn("Projection {}: a catch-up chunk could not be written before a rebalance ({})", projection,
					ex.toString());
			this.positionedIn.remove();
		}
	}

	private static Set<TopicPartition> partitionsOf(List<ConsumerRecord<String, String>> records) {
		Set<TopicPartition> partitions = new LinkedHashSet<>();
		records.forEach(record -> partitions.add(new TopicPartition(record.topic(), record.partition())));
		return partitions;
	}

	/**
	 * Applies records as one batch, then writes the checkpoints; {@code applied} moves on
	 * with them.
	 */
	private void applyTogether(Projection projection, List<ConsumerRecord<String, String>> records, ReadModels target,
			Map<TopicPartition, Checkpoint> applied) {
		RecordBatch batch = read(projection, records, applied);
		projection.applyAll(batch.events, target);
		Map<TopicPartition, Checkpoint> moved = new HashMap<>();
		batch.progress.forEach((partition, checkpoint) -> {
			if (!checkpoint.equals(applied.get(partition))) {
				moved.put(partition, checkpoint);
			}
		});
		this.checkpoints.saveAll(projection.name(), target.generation(), moved);
		applied.putAll(moved);
	}

	/**
	 * Reads records as events from {@code applied} on; a parked aggregate's records
	 * become dead letters instead.
	 */
	private RecordBatch read(Projection projection, List<ConsumerRecord<String, String>> records,
			Map<TopicPartition, Checkpoint> applied) {
		Set<String> parked = (this.policy == PoisonPolicy.PARK)
				? this.deadLetters.parkedAmong(projection.name(), records.stream().map(ConsumerRecord::key).toList())
				: Set.of();
		List<ConsumerRecord<String, String>> diverted = new ArrayList<>();
		RecordBatch batch = RecordBatch.read(records, this.decoder, applied, record -> {
			boolean isParked = record.key() != null && parked.contains(record.key());
			if (isParked) {
				diverted.add(record);
			}
			return isParked;
		}, (record, ex) -> {
			throw new IllegalStateException(
					"Undecodable record at " + record.topic() + "-" + record.partition() + "@" + record.offset(), ex);
		});
		diverted.forEach(record -> recordDeadLetter(projection, record, null, DeadLetter.PARKED));
		return batch;
	}

	/**
	 * While a rebuilt generation takes over, live consumers hold still, so none writes to
	 * the generation being replaced after the rebuild has read past it.
	 */
	private ReadModels servedAfterAnySwitch() {
		long deadline = System.nanoTime() + SWITCH_TIMEOUT.toNanos();
		while (this.generations.switching() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while a rebuilt generation takes over", ex);
			}
		}
		return this.generations.serving();
	}

	/** Seeks each partition to just after the served generation's checkpoint. */
	private void resumeFromCheckpoints(String projection, Consumer<?, ?> consumer,
			Collection<TopicPartition> partitions) {
		int generation = this.generations.serving().generation();
		Map<TopicPartition, Checkpoint> last = this.checkpoints.lastApplied(projection, generation, partitions);
		for (TopicPartition partition : partitions) {
			Checkpoint checkpoint = last.get(partition);
			if (checkpoint != null) {
				consumer.seek(partition, checkpoint.offset() + 1);
			}
			else {
				consumer.seekToBeginning(List.of(partition));
			}
			log.info("Projection {} resumes {} in generation {} after offset {}", projection, partition, generation,
					(checkpoint != null) ? checkpoint.offset() : "none");
		}
		this.positionedIn.set(generation);
	}

	private void deadLetter(Projection projection, ConsumerRecord<?, ?> record, Exception ex, String cause) {
		recordDeadLetter(projection, record, ex, cause);
		this.checkpoints.save(projection.name(), this.generations.serving().generation(),
				new TopicPartition(record.topic(), record.partition()),
				new Checkpoint(record.offset(), -1, -1, null).afterEvent(record.offset(), Headers.position(record)));
	}

	private void recordDeadLetter(Projection projection, ConsumerRecord<?, ?> record, Exception ex, String cause) {
		String aggregateId = (record.key() != null) ? record.key().toString() : null;
		this.deadLetters.record(
				new DeadLetter(DeadLetter.idOf(projection.name(), record.topic(), record.partition(), record.offset()),
						projection.name(), record.topic(), record.partition(), record.offset(), aggregateId,
						Headers.position(record), cause, (ex != null) ? DeadLetter.describe(ex) : null,
						String.valueOf(record.value()), Instant.now()));
		if (this.policy == PoisonPolicy.PARK) {
			this.deadLetters.park(projection.name(), aggregateId);
		}
		log.warn("Projection {}: event at {}-{}@{} became a dead letter ({})", projection.name(), record.topic(),
				record.partition(), record.offset(), cause);
	}

	@Override
	public void start() {
		this.containers.forEach(ConcurrentMessageListenerContainer::start);
		this.running = true;
	}

	@Override
	public void stop() {
		this.containers.forEach(ConcurrentMessageListenerContainer::stop);
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private final class ResumeFromCheckpoint implements ConsumerAwareRebalanceListener {

		private final String projection;

		ResumeFromCheckpoint(String projection) {
			this.projection = projection;
		}

		@Override
		public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
			writeOpenChunk(this.projection);
		}

		@Override
		public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
			writeOpenChunk(this.projection);
			resumeFromCheckpoints(this.projection, consumer, partitions);
		}

	}

}
