package vn.cadre.localstack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.cadre.kernel.EventWire;

/**
 * What the benchmark learns from Kafka alone, whatever the services do inside: how far
 * the publisher got, how far each consumer group has committed, and how fast a plain
 * consumer reads and parses the whole topic (the read side's ceiling).
 */
final class KafkaProbe implements AutoCloseable {

	static final String TOPIC = EventWire.DEFAULT_TOPIC;

	private final String bootstrap;

	private final Admin admin;

	KafkaProbe(String bootstrap) {
		this.bootstrap = bootstrap;
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
	}

	List<TopicPartition> partitions() throws Exception {
		if (!this.admin.listTopics().names().get().contains(TOPIC)) {
			return List.of();
		}
		return this.admin.describeTopics(List.of(TOPIC))
			.allTopicNames()
			.get()
			.get(TOPIC)
			.partitions()
			.stream()
			.map(info -> new TopicPartition(TOPIC, info.partition()))
			.toList();
	}

	Map<TopicPartition, Long> endOffsets() throws Exception {
		List<TopicPartition> partitions = partitions();
		if (partitions.isEmpty()) {
			return Map.of();
		}
		return this.admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
			.all()
			.get()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
	}

	/** The highest global position among the last records of each partition. */
	long publishedThrough() throws Exception {
		Map<TopicPartition, Long> ends = endOffsets();
		long highest = 0;
		try (KafkaConsumer<String, String> consumer = consumer()) {
			consumer.assign(ends.keySet());
			ends.forEach((partition, end) -> consumer.seek(partition, Math.max(0, end - 30)));
			long wanted = ends.values().stream().mapToLong(end -> Math.min(end, 30)).sum();
			long read = 0;
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (read < wanted && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					read++;
					Header position = record.headers().lastHeader(EventWire.HEADER_POSITION);
					if (position != null) {
						highest = Math.max(highest,
								Long.parseLong(new String(position.value(), StandardCharsets.UTF_8)));
					}
				}
			}
		}
		return highest;
	}

	/**
	 * Records each consumer group of the topic has still to commit; groups that never
	 * committed are not listed.
	 */
	Map<String, Long> lagByGroup() throws Exception {
		Map<TopicPartition, Long> ends = endOffsets();
		Map<String, Long> lag = new HashMap<>();
		Collection<ConsumerGroupListing> groups = this.admin.listConsumerGroups().all().get();
		for (ConsumerGroupListing group : groups) {
			Map<TopicPartition, OffsetAndMetadata> committed = this.admin.listConsumerGroupOffsets(group.groupId())
				.partitionsToOffsetAndMetadata()
				.get();
			if (committed.keySet().stream().noneMatch(partition -> partition.topic().equals(TOPIC))) {
				continue;
			}
			long behind = 0;
			for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
				OffsetAndMetadata offset = committed.get(end.getKey());
				behind += end.getValue() - ((offset != null) ? offset.offset() : 0);
			}
			lag.put(group.groupId(), behind);
		}
		return lag;
	}

	/**
	 * Forgets the topic's consumer groups, so a fresh read side is measured from zero.
	 */
	void deleteGroups() throws Exception {
		Set<String> groups = lagByGroup().keySet();
		if (!groups.isEmpty()) {
			this.admin.deleteConsumerGroups(groups).all().get();
		}
	}

	/** Reads the whole topic from offset 0, parsing every value; returns records/s. */
	double consumeAllWithJackson() throws Exception {
		Map<TopicPartition, Long> ends = endOffsets();
		long total = ends.values().stream().mapToLong(Long::longValue).sum();
		ObjectMapper json = new ObjectMapper();
		long read = 0;
		long parsedFields = 0;
		long start = System.nanoTime();
		try (KafkaConsumer<String, String> consumer = consumer()) {
			consumer.assign(ends.keySet());
			consumer.seekToBeginning(ends.keySet());
			while (read < total) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					read++;
					parsedFields += json.readTree(record.value()).size();
				}
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return (parsedFields >= 0) ? read / seconds : 0;
	}

	private KafkaConsumer<String, String> consumer() {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap);
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
		return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
	}

	@Override
	public void close() {
		this.admin.close();
	}

}
