package vn.cadre.assignments.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.cadre.kernel.EventWire;

/**
 * Settings of the command side ({@code cadre.assignments.*}).
 *
 * @param database MongoDB database holding the event store and token store
 * @param gapTimeout how long a reader waits for an allocated position before declaring it
 * a gap
 * @param topic Kafka topic the events are published to
 * @param partitions partitions of the topic when this service creates it
 * @param replicationFactor replication factor of the topic when this service creates it
 * @param minInsyncReplicas {@code min.insync.replicas} of the topic when this service
 * creates it
 * @param publishTimeout how long the publisher waits for Kafka to acknowledge a batch
 * @param publishBatchSize how many events the publisher seals, sends and has acknowledged
 * before it stores its token (the batch size of its tracking processor)
 * @param watermarkInterval at most one round of watermarks this often
 * @param serializeEventStoreWrites serialize each event-store write within the process;
 * required on mongo-java-server (not atomic under concurrency), off on MongoDB
 * @param digestTopic Kafka topic of the hash chain's digests
 * @param digestEveryEvents a digest after this many sealed events
 * @param digestInterval and at least this often while the chain's head moves
 */
@ConfigurationProperties("cadre.assignments")
public record AssignmentsProperties(@DefaultValue("cadre_assignments") String database,
		@DefaultValue("10s") Duration gapTimeout, @DefaultValue(EventWire.DEFAULT_TOPIC) String topic,
		@DefaultValue("6") int partitions, @DefaultValue("1") short replicationFactor,
		@DefaultValue("1") int minInsyncReplicas, @DefaultValue("30s") Duration publishTimeout,
		@DefaultValue("500") int publishBatchSize, @DefaultValue("100ms") Duration watermarkInterval,
		@DefaultValue("true") boolean serializeEventStoreWrites, @DefaultValue("100") int snapshotThreshold,
		@DefaultValue(EventWire.DEFAULT_DIGEST_TOPIC) String digestTopic, @DefaultValue("1000") int digestEveryEvents,
		@DefaultValue("60s") Duration digestInterval) {

}
