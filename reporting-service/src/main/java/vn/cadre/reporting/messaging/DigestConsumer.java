package vn.cadre.reporting.messaging;

import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.FixedBackOff;
import vn.cadre.kernel.chain.ChainDigest;
import vn.cadre.reporting.config.ReportingProperties;
import vn.cadre.reporting.digests.DigestRecords;

/**
 * Keeps every digest the command side publishes. Its own consumer group, so a rebuild of
 * the read models never replays or resets it.
 */
@Component
class DigestConsumer implements SmartLifecycle {

	static final String GROUP = "chain-digests";

	private final ConcurrentMessageListenerContainer<String, String> container;

	DigestConsumer(ConcurrentKafkaListenerContainerFactory<String, String> factory, DigestRecords digests,
			ObjectMapper json, ReportingProperties properties) {
		this.container = factory.createContainer(properties.digestTopic());
		this.container.setBeanName(GROUP);
		this.container.getContainerProperties().setGroupId(properties.group(GROUP));
		this.container.getContainerProperties().setAckMode(AckMode.RECORD);
		this.container.getContainerProperties().setMessageListener((MessageListener<String, String>) (record) -> {
			try {
				digests.keep(json.readValue(record.value(), ChainDigest.class), Instant.now());
			}
			catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
				throw new MalformedDigest("Not a digest at offset " + record.offset(), ex);
			}
		});
		// A digest is evidence: while the read-model database is away, keep trying rather
		// than skip it; only a record that is not a digest at all is passed over
		// (logged).
		DefaultErrorHandler errors = new DefaultErrorHandler(
				new FixedBackOff(properties.retryInterval().toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS));
		errors.addNotRetryableExceptions(MalformedDigest.class);
		this.container.setCommonErrorHandler(errors);
	}

	static final class MalformedDigest extends RuntimeException {

		MalformedDigest(String message, Throwable cause) {
			super(message, cause);
		}

	}

	@Override
	public void start() {
		this.container.start();
	}

	@Override
	public void stop() {
		this.container.stop();
	}

	@Override
	public boolean isRunning() {
		return this.container.isRunning();
	}

}
