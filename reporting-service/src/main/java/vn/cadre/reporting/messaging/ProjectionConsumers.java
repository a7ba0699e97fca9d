package vn.cadre.reporting.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.FixedBackOff;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.reporting.config.ReportingProperties;
import vn.cadre.reporting.deadletters.DeadLetter;
import vn.cadre.reporting.deadletters.DeadLetters;
import vn.cadre.reporting.deadletters.PoisonPolicy;
import vn.cadre.reporting.projection.EventDecoder;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.Projection;
import vn.cadre.reporting.projection.ReadModels;

/**
 * Runs one listener container per projection, in the projection's own consumer group, so
 * projections progress and rebuild independently and several service instances share the
 * partitions. An event that still fails after its retries becomes a dead letter; under
 * {@link PoisonPolicy#PARK} the aggregate's later events follow it there.
 */
@Component
class ProjectionConsumers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ProjectionConsumers.class);

	private final List<ConcurrentMessageListenerContainer<String, String>> containers = new ArrayList<>();

	private final EventDecoder decoder;

	private final Checkpoints checkpoints;

	private final DeadLetters deadLetters;

	private final PoisonPolicy policy;

	private final Generations generations;

	private static final Duration SWITCH_TIMEOUT = Duration.ofMinutes(2);

	private volatile boolean running;

	ProjectionConsumers(List<Projection> projections, ConcurrentKafkaListenerContainerFactory<String, String> factory,
			EventDecoder decoder, Checkpoints checkpoints, DeadLetters deadLetters, Generations generations,
			ReportingProperties properties) {
		this.generations = generations;
		this.decoder = decoder;
		this.checkpoints = checkpoints;
		this.deadLetters = deadLetters;
		this.policy = properties.poisonPolicy();
		for (Projection projection : projections) {
			ConcurrentMessageListenerContainer<String, String> container = factory.createContainer(properties.topic());
			container.setBeanName(projection.name());
			container.setConcurrency(properties.consumersPerProjection());
			container.getContainerProperties().setGroupId(projection.name());
			container.getContainerProperties().setAckMode(AckMode.RECORD);
			container.getContainerProperties()
				.setConsumerRebalanceListener(new ResumeFromCheckpoint(projection.name(), checkpoints, generations));
			container.getContainerProperties()
				.setMessageListener((MessageListener<String, String>) record -> apply(projection, record));
			container.setCommonErrorHandler(
					new DefaultErrorHandler((record, ex) -> deadLetter(projection, record, ex, DeadLetter.FAILED),
							new FixedBackOff(properties.retryInterval().toMillis(), properties.retryAttempts())));
			this.containers.add(container);
		}
	}

	private void apply(Projection projection, ConsumerRecord<String, String> record) {
		if (Headers.isWatermark(record)) {
			return;
		}
		ReadModels target = servedAfterAnySwitch();
		TopicPartition partition = new TopicPartition(record.topic(), record.partition());
		OptionalLong applied = this.checkpoints.lastApplied(projection.name(), target.generation(), partition);
		if (applied.isPresent() && record.offset() <= applied.getAsLong()) {
			// a rebuild that took over already applied it
			return;
		}
		if (this.policy == PoisonPolicy.PARK && this.deadLetters.isParked(projection.name(), record.key())) {
			deadLetter(projection, record, null, DeadLetter.PARKED);
			return;
		}
		PublishedEvent event;
		try {
			event = this.decoder.decode(record.value());
		}
		catch (Exception ex) {
			throw new IllegalStateException(
					"Undecodable record at " + record.topic() + "-" + record.partition() + "@" + record.offset(), ex);
		}
		projection.apply(event, target);
		this.checkpoints.save(projection.name(), target.generation(), partition, record.offset(), event.position());
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

	private void deadLetter(Projection projection, ConsumerRecord<?, ?> record, Exception ex, String cause) {
		String aggregateId = (record.key() != null) ? record.key().toString() : null;
		this.deadLetters.record(
				new DeadLetter(DeadLetter.idOf(projection.name(), record.topic(), record.partition(), record.offset()),
						projection.name(), record.topic(), record.partition(), record.offset(), aggregateId,
						Headers.position(record), cause, (ex != null) ? DeadLetter.describe(ex) : null,
						String.valueOf(record.value()), Instant.now()));
		if (this.policy == PoisonPolicy.PARK) {
			this.deadLetters.park(projection.name(), aggregateId);
		}
		this.checkpoints.save(projection.name(), this.generations.serving().generation(),
				new TopicPartition(record.topic(), record.partition()), record.offset(), Headers.position(record));
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

	private record ResumeFromCheckpoint(String projection, Checkpoints checkpoints,
			Generations generations) implements ConsumerAwareRebalanceListener {

		@Override
		public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
			for (TopicPartition partition : partitions) {
				var last = this.checkpoints.lastApplied(this.projection, this.generations.serving().generation(),
						partition);
				if (last.isPresent()) {
					consumer.seek(partition, last.getAsLong() + 1);
				}
				else {
					consumer.seekToBeginning(List.of(partition));
				}
				log.info("Projection {} resumes {} after offset {}", this.projection, partition,
						last.isPresent() ? last.getAsLong() : "none");
			}
		}

	}

}
