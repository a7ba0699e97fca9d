package vn.cadre.assignments.publishing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.ConsumerFactory;
import vn.cadre.assignments.audit.DigestSource;
import vn.cadre.kernel.chain.ChainDigest;

/**
 * Reads the latest digest back from the digest topic: the witness that verification holds
 * the event store against, kept by Kafka rather than by the database it checks.
 */
public class DigestLog implements DigestSource {

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

	private final ConsumerFactory<String, String> consumers;

	private final String topic;

	private final ObjectMapper json;

	public DigestLog(ConsumerFactory<String, String> consumers, String topic, ObjectMapper json) {
		this.consumers = consumers;
		this.topic = topic;
		this.json = json;
	}

	@Override
	public Optional<ChainDigest> latest() {
		Properties overrides = new Properties();
		overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		try (Consumer<String, String> consumer = this.consumers.createConsumer(null, "digest-reader", null,
				overrides)) {
			TopicPartition partition = new TopicPartition(this.topic, 0);
			consumer.assign(List.of(partition));
			Map<TopicPartition, Long> ends = consumer.endOffsets(List.of(partition), READ_TIMEOUT);
			long end = ends.getOrDefault(partition, 0L);
			if (end == 0) {
				return Optional.empty();
			}
			consumer.seek(partition, end - 1);
			long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					if (record.offset() == end - 1) {
						return Optional.of(this.json.readValue(record.value(), ChainDigest.class));
					}
				}
			}
			throw new IllegalStateException("The digest topic " + this.topic + " did not answer in time");
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException("The last record of " + this.topic + " is not a digest", ex);
		}
	}

}
