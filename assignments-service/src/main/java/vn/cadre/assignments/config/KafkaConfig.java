package vn.cadre.assignments.config;

import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import vn.cadre.assignments.audit.ChainStore;
import vn.cadre.assignments.publishing.ChainDigests;
import vn.cadre.assignments.publishing.DigestLog;
import vn.cadre.assignments.publishing.Watermarks;

/**
 * The event topic is a replayable history, not a queue: nothing is deleted by time or
 * size, so any reader can rebuild from offset 0. Producer settings (idempotence,
 * acks=all) are in {@code application.yml}.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfig {

	@Bean
	NewTopic eventTopic(AssignmentsProperties properties) {
		return TopicBuilder.name(properties.topic())
			.partitions(properties.partitions())
			.replicas(properties.replicationFactor())
			.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1",
					TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(properties.minInsyncReplicas())))
			.build();
	}

	/**
	 * One partition, so the digests keep their order and the last record is the latest;
	 * kept for ever, since the digests are what a cut tail is measured against.
	 */
	@Bean
	NewTopic digestTopic(AssignmentsProperties properties) {
		return TopicBuilder.name(properties.digestTopic())
			.partitions(1)
			.replicas(properties.replicationFactor())
			.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1",
					TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(properties.minInsyncReplicas())))
			.build();
	}

	@Bean
	ChainDigests chainDigests(ChainStore chain, KafkaTemplate<String, String> kafka, ObjectMapper json,
			AssignmentsProperties properties) {
		return new ChainDigests(chain, kafka, json, properties, Clock.systemUTC());
	}

	@Bean
	Watermarks watermarks(KafkaTemplate<String, String> kafka, ObjectMapper json, AssignmentsProperties properties,
			EventStorageEngine eventStore) {
		return new Watermarks(kafka, json, properties.topic(), properties.watermarkInterval(),
				properties.publishTimeout(), () -> headPosition(eventStore), Clock.systemUTC());
	}

	/** The last position handed out: one lookup by id. */
	private static long headPosition(EventStorageEngine eventStore) {
		TrackingToken head = eventStore.createHeadToken();
		return (head != null) ? head.position().orElse(0) : 0;
	}

	@Bean
	DigestLog digestLog(ConsumerFactory<String, String> consumers, AssignmentsProperties properties,
			ObjectMapper json) {
		return new DigestLog(consumers, properties.digestTopic(), json);
	}

}
