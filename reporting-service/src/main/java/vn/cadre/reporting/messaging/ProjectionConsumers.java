package vn.cadre.reporting.messaging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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
import vn.cadre.reporting.projection.Projection;

/**
 * Runs one listener container per projection, in the projection's own consumer group, so
 * projections progress and rebuild independently and several service instances share the
 * partitions.
 */
@Component
class ProjectionConsumers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ProjectionConsumers.class);

	private final List<ConcurrentMessageListenerContainer<String, String>> containers = new ArrayList<>();

	private volatile boolean running;

	ProjectionConsumers(List<Projection> projections, ConcurrentKafkaListenerContainerFactory<String, String> factory,
			EventDecoder decoder, Checkpoints checkpoints, ReportingProperties properties) {
		for (Projection projection : projections) {
			ConcurrentMessageListenerContainer<String, String> container = factory.createContainer(properties.topic());
			container.setBeanName(projection.name());
			container.setConcurrency(properties.consumersPerProjection());
			container.getContainerProperties().setGroupId(projection.name());
			container.getContainerProperties().setAckMode(AckMode.RECORD);
			container.getContainerProperties()
				.setConsumerRebalanceListener(new ResumeFromCheckpoint(projection.name(), checkpoints));
			container.getContainerProperties()
				.setMessageListener(
						(MessageListener<String, String>) record -> apply(projection, record, decoder, checkpoints));
			// Until dead letters exist (issue #4) a failing event is retried, never
			// skipped.
			container.setCommonErrorHandler(new DefaultErrorHandler(
					new FixedBackOff(properties.retryInterval().toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS)));
			this.containers.add(container);
		}
	}

	private static void apply(Projection projection, ConsumerRecord<String, String> record, EventDecoder decoder,
			Checkpoints checkpoints) {
		PublishedEvent event;
		try {
			event = decoder.decode(record.value());
		}
		catch (Exception ex) {
			throw new IllegalStateException(
					"Undecodable record at " + record.topic() + "-" + record.partition() + "@" + record.offset(), ex);
		}
		projection.apply(event);
		checkpoints.save(projection.name(), new TopicPartition(record.topic(), record.partition()), record.offset(),
				event.position());
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

	private record ResumeFromCheckpoint(String projection,
			Checkpoints checkpoints) implements ConsumerAwareRebalanceListener {

		@Override
		public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
			for (TopicPartition partition : partitions) {
				var last = this.checkpoints.lastApplied(this.projection, partition);
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
