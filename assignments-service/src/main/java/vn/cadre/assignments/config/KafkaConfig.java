package vn.cadre.assignments.config;

import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

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

}
