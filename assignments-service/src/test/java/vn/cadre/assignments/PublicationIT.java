package vn.cadre.assignments;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cadre.assignments.audit.ChainVerification;
import vn.cadre.assignments.audit.ChainVerifier;
import vn.cadre.assignments.publishing.KafkaEventPublisher;
import vn.cadre.kernel.EventWire;
import vn.cadre.kernel.Watermark;
import vn.cadre.support.security.Role;
import vn.cadre.support.testing.TestInfrastructure;
import vn.cadre.support.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publication on real servers: watermarks on every partition, from an idle start and
 * after events; a batch that Kafka refuses (records over the topic's size limit) holds
 * the token back and is published whole once the broker takes it, with the chain intact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicationIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String DATABASE = "publication_it_" + RUN;

	private static final String TOPIC = "cadre.events.publication." + RUN;

	private static final int PARTITIONS = 3;

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	/** Room for a watermark, not for an event with its envelope and headers. */
	private static final String REFUSING_EVENTS = "300";

	private static final String KAFKA_DEFAULT = "1048588";

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("spring.data.mongodb.uri", TestInfrastructure::mongoUri);
		registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrap);
		registry.add("cadre.security.users-file", TestUsers::file);
		registry.add("cadre.assignments.database", () -> DATABASE);
		registry.add("cadre.assignments.topic", () -> TOPIC);
		registry.add("cadre.assignments.digest-topic", () -> "cadre.digests.publication." + RUN);
		registry.add("cadre.assignments.partitions", () -> PARTITIONS);
		registry.add("cadre.assignments.publish-batch-size", () -> 4);
	}

	private TestRestTemplate staff;

	@Autowired
	void signIn(TestRestTemplate http) {
		this.staff = http.withBasicAuth(TestUsers.nameOf(Role.STAFF), TestUsers.PASSWORD);
	}

	@Autowired
	private MongoClient mongo;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private EventProcessingConfiguration processing;

	@Autowired
	private ChainVerifier verifier;

	@Test
	@Order(1)
	void anIdlePublisher_tellsEveryPartitionTheStoresHead() throws Exception {
		Map<Integer, Watermark> marks = latestWatermarks(awaitRecords((records) -> watermarksReach(records, 0)));

		assertThat(marks).hasSize(PARTITIONS);
		assertThat(marks.values()).allSatisfy((mark) -> {
			assertThat(mark.publishedThrough()).isZero();
			assertThat(mark.storeHead()).isZero();
		});
	}

	@Test
	@Order(2)
	void afterEvents_everyPartitionGetsAWatermarkAtTheLastEvent_behindEveryEventUpToIt() throws Exception {
		for (int i = 0; i < 10; i++) {
			assertThat(registerDocument("NQ-W" + i + "/" + RUN)).isEqualTo(HttpStatus.CREATED);
		}
		long last = lastStoredPosition();

		List<ConsumerRecord<String, String>> records = awaitRecords((all) -> watermarksReach(all, last));

		Map<Integer, Watermark> marks = latestWatermarks(records);
		assertThat(marks).hasSize(PARTITIONS);
		for (int partition = 0; partition < PARTITIONS; partition++) {
			Watermark mark = marks.get(partition);
			assertThat(mark.publishedThrough()).isEqualTo(last);
			assertThat(mark.storeHead()).isGreaterThanOrEqualTo(last);
			long markOffset = firstWatermarkAt(records, partition, last).offset();
			int onPartition = partition;
			assertThat(events(records)).filteredOn((record) -> record.partition() == onPartition)
				.allSatisfy((event) -> assertThat(event.offset()).isLessThan(markOffset));
		}
		assertThat(events(records).stream().map(PublicationIT::position).collect(Collectors.toSet()))
			.isEqualTo(storedPositions());
		assertThat(events(records)).extracting(ConsumerRecord::key).doesNotContainNull();
	}

	@Test
	@Order(3)
	void aBatchKafkaRefuses_holdsTheTokenBack_andIsPublishedWholeOnceKafkaTakesIt() throws Exception {
		long before = lastStoredPosition();
		assertThat(storedToken()).isEqualTo(before);
		maxMessageBytes(REFUSING_EVENTS);
		try {
			for (int i = 0; i < 6; i++) {
				assertThat(registerDocument("NQ-F" + i + "/" + RUN)).isEqualTo(HttpStatus.CREATED);
			}
			EventTrackerStatus failed = awaitStatus(EventTrackerStatus::isErrorState);

			assertThat(failed.getError()).hasStackTraceContaining("RecordTooLargeException");
			assertThat(storedToken()).as("the token waits for Kafka").isEqualTo(before);
			assertThat(events(readAll()).stream().map(PublicationIT::position)).allSatisfy(
					(position) -> assertThat(position).as("nothing of the refused batch").isLessThanOrEqualTo(before));
		}
		finally {
			maxMessageBytes(KAFKA_DEFAULT);
		}
		long last = lastStoredPosition();

		List<ConsumerRecord<String, String>> records = awaitRecords((all) -> watermarksReach(all, last));

		assertThat(storedToken()).isEqualTo(last);
		Map<Long, Set<String>> hashes = events(records).stream()
			.collect(Collectors.groupingBy(PublicationIT::position,
					Collectors.mapping((record) -> header(record, EventWire.HEADER_CHAIN_HASH), Collectors.toSet())));
		assertThat(hashes.keySet()).as("every stored event, none lost").isEqualTo(storedPositions());
		assertThat(hashes.values()).as("a resent event carries the seal it was sent with")
			.allSatisfy((seals) -> assertThat(seals).hasSize(1));
		ChainVerification chain = this.verifier.verify(1, null, List.of());
		assertThat(chain.status()).isEqualTo(ChainVerification.Status.INTACT);
		assertThat(chain.through()).isEqualTo(last);
	}

	private HttpStatus registerDocument(String number) {
		return HttpStatus
			.valueOf(this.staff
				.postForEntity("/api/documents",
						Map.of("number", number, "issuedOn", "2025-06-16", "issuer", "Ủy ban Thường vụ Quốc hội",
								"kind", "RESOLUTION", "title", "Văn bản thử nghiệm"),
						Map.class)
				.getStatusCode()
				.value());
	}

	private EventTrackerStatus awaitStatus(Predicate<EventTrackerStatus> condition) throws InterruptedException {
		TrackingEventProcessor publisher = this.processing
			.eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class)
			.orElseThrow();
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			EventTrackerStatus status = publisher.processingStatus().get(0);
			if (status != null && condition.test(status)) {
				return status;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The publisher's status never met the condition");
	}

	/**
	 * The topic's record size limit, changed on the running broker: below an event's size
	 * every send of an event is refused, as by a broker that cannot take it.
	 */
	private static void maxMessageBytes(String limit) throws Exception {
		ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap()))) {
			admin
				.incrementalAlterConfigs(
						Map.of(topic,
								List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, limit),
										AlterConfigOp.OpType.SET))))
				.all()
				.get();
			long deadline = System.nanoTime() + PATIENCE.toNanos();
			while (!limit.equals(admin.describeConfigs(List.of(topic))
				.all()
				.get()
				.get(topic)
				.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG)
				.value()) && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
		}
	}

	/** The position in the publisher's stored token, as the token store keeps it. */
	private long storedToken() throws Exception {
		Document token = database().getCollection("tracking_tokens")
			.find(Filters.eq("processorName", KafkaEventPublisher.PROCESSING_GROUP))
			.first();
		assertThat(token).isNotNull();
		Object data = token.get("token");
		byte[] bytes = (data instanceof Binary binary) ? binary.getData() : (byte[]) data;
		return this.json.readTree(new String(bytes, StandardCharsets.UTF_8)).path("globalIndex").asLong();
	}

	private long lastStoredPosition() {
		return storedPositions().stream().mapToLong(Long::longValue).max().orElse(0);
	}

	private Set<Long> storedPositions() {
		Set<Long> positions = new TreeSet<>();
		for (Document commit : database().getCollection("event_commits").find()) {
			for (Document event : commit.getList("events", Document.class)) {
				positions.add(event.get("position", Number.class).longValue());
			}
		}
		return positions;
	}

	private MongoDatabase database() {
		return this.mongo.getDatabase(DATABASE);
	}

	private boolean watermarksReach(List<ConsumerRecord<String, String>> records, long position) {
		Map<Integer, Watermark> marks = latestWatermarks(records);
		return marks.size() == PARTITIONS
				&& marks.values().stream().allMatch((mark) -> mark.publishedThrough() >= position);
	}

	private Map<Integer, Watermark> latestWatermarks(List<ConsumerRecord<String, String>> records) {
		Map<Integer, Watermark> marks = new HashMap<>();
		for (ConsumerRecord<String, String> record : records) {
			if (isWatermark(record)) {
				marks.put(record.partition(), watermark(record));
			}
		}
		return marks;
	}

	private ConsumerRecord<String, String> firstWatermarkAt(List<ConsumerRecord<String, String>> records, int partition,
			long position) {
		return records.stream()
			.filter((record) -> record.partition() == partition && isWatermark(record)
					&& watermark(record).publishedThrough() >= position)
			.findFirst()
			.orElseThrow();
	}

	private Watermark watermark(ConsumerRecord<String, String> record) {
		assertThat(record.key()).isNull();
		try {
			return this.json.readValue(record.value(), Watermark.class);
		}
		catch (Exception ex) {
			throw new AssertionError("Not a watermark: " + record.value(), ex);
		}
	}

	private static List<ConsumerRecord<String, String>> events(Collection<ConsumerRecord<String, String>> records) {
		return records.stream().filter((record) -> !isWatermark(record)).toList();
	}

	private static boolean isWatermark(ConsumerRecord<String, String> record) {
		return record.headers().lastHeader(EventWire.HEADER_RECORD_KIND) != null
				&& EventWire.RECORD_KIND_WATERMARK.equals(header(record, EventWire.HEADER_RECORD_KIND));
	}

	private List<ConsumerRecord<String, String>> awaitRecords(Predicate<List<ConsumerRecord<String, String>>> done)
			throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			List<ConsumerRecord<String, String>> records = readAll();
			if (done.test(records)) {
				return records;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The topic never showed what was awaited");
	}

	/** Every record of every partition up to the current end, in offset order. */
	private static List<ConsumerRecord<String, String>> readAll() {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.kafkaBootstrap(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(TOPIC)
				.stream()
				.map((info) -> new TopicPartition(TOPIC, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			long deadline = System.nanoTime() + PATIENCE.toNanos();
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < end.get(partition))
					&& System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					if (record.offset() < end.get(new TopicPartition(TOPIC, record.partition()))) {
						records.add(record);
					}
				}
			}
		}
		return records;
	}

	private static long position(ConsumerRecord<String, String> record) {
		return Long.parseLong(header(record, EventWire.HEADER_POSITION));
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
