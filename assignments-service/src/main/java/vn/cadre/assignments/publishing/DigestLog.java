package vn.cadre.assignments.publishing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
	public List<ChainDigest> all() {
		Properties overrides = new Properties();
		overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		List<ChainDigest> digests = new ArrayList<>();
		try (Consumer<String, String> consumer = this.consumers.createConsumer(null, "digest-reader", null,
				overrides)) {
			TopicPartition partition = new TopicPartition(this.topic, 0);
			consumer.assign(List.of(partition));
			long end = consumer.endOffsets(List.of(partition), READ_TIMEOUT).getOrDefault(partition, 0L);
			consumer.seekToBeginning(List.of(partition));
			long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
			while (consumer.position(partition, READ_TIMEOUT) < end) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The digest topic " + this.topic + " did not answer in time");
				}
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					digests.add(this.json.readValue(record.value(), ChainDigest.class));
				}
			}
			return digests;
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException("A record of " + this.topic + " is not a digest", ex);
		}
	}

}
