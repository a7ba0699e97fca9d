package vn.cadre.reporting.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;

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
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.FixedBackOff;
import vn.cadre.reporting.config.ReportingProperties;
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

	private final List<ConcurrentMessageListenerContainer<String, String>> containers = new ArrayList<>();

	private final Checkpoints checkpoints;

	private final Generations generations;

	private final PollApplication polls;

	/** The generation each consumer thread last positioned itself in. */
	private final ThreadLocal<Integer> positionedIn = new ThreadLocal<>();

	private final CatchUps catchUps;

	private final RecordDeadLetters recordDeadLetters;

	private final Duration switchHold;

	private volatile boolean running;

	ProjectionConsumers(List<Projection> projections, ConcurrentKafkaListenerContainerFactory<String, String> factory,
			EventDecoder decoder, Checkpoints checkpoints, DeadLetters deadLetters, Generations generations,
			ReportingProperties properties, MeterRegistry meters) {
		this.generations = generations;
		this.checkpoints = checkpoints;
		this.switchHold = properties.switchHold();
		this.recordDeadLetters = new RecordDeadLetters(deadLetters, checkpoints, generations,
				properties.poisonPolicy());
		this.polls = new PollApplication(decoder, checkpoints, deadLetters, properties.poisonPolicy(),
				this.recordDeadLetters);
		this.catchUps = new CatchUps(checkpoints, properties.applyBatchSize(), properties.catchUpEvents(), meters);
		Properties consumer = new Properties();
		consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(properties.applyBatchSize()));
		for (Projection projection : projections) {
			ConcurrentMessageListenerContainer<String, String> container = factory.createContainer(properties.topic());
			container.setBeanName(projection.name());
			container.setConcurrency(properties.consumersPerProjection());
			container.getContainerProperties().setGroupId(properties.group(projection.name()));
			container.getContainerProperties().setKafkaConsumerProperties(consumer);
			// offsets in Kafka only show the lag; consumers resume from the checkpoints
			container.getContainerProperties().setAckMode(AckMode.BATCH);
			container.getContainerProperties().setSyncCommits(false);
			container.getContainerProperties()
				.setConsumerRebalanceListener(new ResumeFromCheckpoint(projection.name()));
			container.getContainerProperties()
				.setMessageListener((BatchConsumerAwareMessageListener<String, String>) (records,
						kafka) -> applyBatch(projection, records, kafka));
			container.setCommonErrorHandler(new DefaultErrorHandler(
					(record, ex) -> this.recordDeadLetters.failed(projection.name(), record, ex),
					new FixedBackOff(properties.retryInterval().toMillis(), properties.retryAttempts())));
			this.containers.add(container);
		}
	}

	private void applyBatch(Projection projection, List<ConsumerRecord<String, String>> records,
			Consumer<?, ?> consumer) {
		ReadModels target = servedAfterAnySwitch();
		if (!Integer.valueOf(target.generation()).equals(this.positionedIn.get())) {
			this.catchUps.discard();
			resumeFromCheckpoints(projection.name(), consumer, consumer.assignment());
			return;
		}
		boolean behind = this.catchUps.behind(consumer);
		CatchUpChunk open = this.catchUps.chunkFor(projection.name(), target, consumer, behind);
		Map<TopicPartition, Checkpoint> applied = (open != null) ? open.progress : this.checkpoints
			.lastApplied(projection.name(), target.generation(), PollApplication.partitionsOf(records));
		List<ConsumerRecord<String, String>> fresh = records.stream()
			.filter(record -> record.offset() > applied
				.getOrDefault(new TopicPartition(record.topic(), record.partition()), Checkpoint.NONE)
				.offset())
			.toList();
		if (open != null) {
			if (!this.catchUps.add(projection, open, fresh, !behind,
					(polled, from) -> this.polls.read(projection, polled, from))) {
				resumeFromCheckpoints(projection.name(), consumer, consumer.assignment());
			}
			return;
		}
		if (!fresh.isEmpty()) {
			this.polls.apply(projection, fresh, target, applied);
		}
		this.catchUps.appliedAlone(records);
	}

	/**
	 * While a rebuilt generation takes over, live consumers hold still, so none writes to
	 * the generation being replaced after the rebuild has read past it.
	 */
	private ReadModels servedAfterAnySwitch() {
		long deadline = System.nanoTime() + this.switchHold.toNanos();
		Generations.Served served = this.generations.served();
		while (served.switching() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while a rebuilt generation takes over", ex);
			}
			served = this.generations.served();
		}
		return served.readModels();
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
			if (!ProjectionConsumers.this.catchUps.writeOpen(this.projection)) {
				ProjectionConsumers.this.positionedIn.remove();
			}
		}

		@Override
		public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
			boolean written = ProjectionConsumers.this.catchUps.writeOpen(this.projection);
			resumeFromCheckpoints(this.projection, consumer, partitions);
			if (!written) {
				// the partitions kept go back to their checkpoints at the next poll
				ProjectionConsumers.this.positionedIn.remove();
			}
		}

	}

}
