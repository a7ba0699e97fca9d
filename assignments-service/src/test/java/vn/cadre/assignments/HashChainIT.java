package vn.cadre.assignments;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
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
import vn.cadre.kernel.EventWire;
import vn.cadre.kernel.chain.HashChain;
import vn.cadre.support.security.Role;
import vn.cadre.support.testing.TestInfrastructure;
import vn.cadre.support.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain on real servers: every stored event sealed and published with its seal;
 * one changed byte in MongoDB named by its position; a cut tail caught by the last digest
 * even when the chain's own records were cut with it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HashChainIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String DATABASE = "chain_it_" + RUN;

	private static final String TOPIC = "cadre.events.chain." + RUN;

	private static final String DIGESTS = "cadre.digests.chain." + RUN;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("spring.data.mongodb.uri", TestInfrastructure::mongoUri);
		registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrap);
		registry.add("cadre.security.users-file", TestUsers::file);
		registry.add("cadre.assignments.database", () -> DATABASE);
		registry.add("cadre.assignments.topic", () -> TOPIC);
		registry.add("cadre.assignments.digest-topic", () -> DIGESTS);
		registry.add("cadre.assignments.digest-every-events", () -> 1);
	}

	private TestRestTemplate staff;

	private TestRestTemplate auditor;

	@Autowired
	void signIn(TestRestTemplate http) {
		this.staff = http.withBasicAuth(TestUsers.nameOf(Role.STAFF), TestUsers.PASSWORD);
		this.auditor = http.withBasicAuth(TestUsers.nameOf(Role.AUDITOR), TestUsers.PASSWORD);
	}

	@Autowired
	private MongoClient mongo;

	@Autowired
	private ObjectMapper json;

	@Test
	@Order(1)
	void everyEvent_isSealed_publishedWithItsSeal_andTheChainVerifies() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(registerDocument("NQ-" + i + "/" + RUN)).isEqualTo(HttpStatus.CREATED);
		}
		long last = awaitSealedThroughStore();

		JsonNode result = verify("");
		assertThat(result.path("status").asText()).isEqualTo("INTACT");
		assertThat(result.path("through").asLong()).isEqualTo(last);
		assertThat(result.path("eventsChecked").asLong()).isEqualTo(last);
		assertThat(result.path("digest").path("position").asLong()).as("held against the latest digest")
			.isEqualTo(last);

		List<ConsumerRecord<String, String>> records = records(TOPIC, (int) last);
		String previous = HashChain.GENESIS;
		for (ConsumerRecord<String, String> record : records.stream()
			.sorted((a, b) -> Long.compare(position(a), position(b)))
			.toList()) {
			assertThat(header(record, EventWire.HEADER_CHAIN_PREVIOUS)).isEqualTo(previous);
			previous = header(record, EventWire.HEADER_CHAIN_HASH);
		}
		assertThat(previous).isEqualTo(result.path("lastHash").asText());
	}

	@Test
	@Order(2)
	void oneChangedByteOfOneStoredEvent_isNamedByItsPosition() throws Exception {
		long last = awaitSealedThroughStore();
		long target = last - 2;
		Document commit = commitHolding(target);
		String original = eventAt(commit, target).getString("payload");
		eventAt(commit, target).put("payload", original.replaceFirst("NQ-", "NQ_"));
		commits().replaceOne(Filters.eq("_id", commit.get("_id")), commit);

		JsonNode broken = verify("");
		assertThat(broken.path("status").asText()).isEqualTo("BROKEN");
		assertThat(broken.path("firstBrokenPosition").asLong()).isEqualTo(target);
		assertThat(broken.path("through").asLong()).isEqualTo(target - 1);
		assertThat(verify("?from=" + (target + 1)).path("status").asText())
			.as("a range after the change still verifies")
			.isEqualTo("INTACT");

		eventAt(commit, target).put("payload", original);
		commits().replaceOne(Filters.eq("_id", commit.get("_id")), commit);
		assertThat(verify("").path("status").asText()).isEqualTo("INTACT");
	}

	@Test
	@Order(3)
	void theLastEventRemoved_withItsSealAndTheHeadRewound_isCaughtByTheLastDigest() throws Exception {
		long last = awaitSealedThroughStore();
		awaitDigestAt(last);
		Document commit = commitHolding(last);
		assertThat(commit.getList("events", Document.class)).hasSize(1);
		MongoDatabase database = this.mongo.getDatabase(DATABASE);
		commits().deleteOne(Filters.eq("_id", commit.get("_id")));
		Document previousSeal = database.getCollection("event_chain").find(Filters.eq("_id", last - 1)).first();
		database.getCollection("event_chain").deleteOne(Filters.eq("_id", last));
		database.getCollection("chain_head")
			.replaceOne(Filters.eq("_id", "head"),
					new Document("_id", "head").append("position", last - 1).append("hash", previousSeal.get("hash")));

		JsonNode result = verify("");
		assertThat(result.path("status").asText()).isEqualTo("TRUNCATED");
		assertThat(result.path("firstBrokenPosition").asLong()).isEqualTo(last);
		assertThat(result.path("reason").asText()).contains("digest names position " + last);
	}

	@Test
	@Order(4)
	void onlyAuditors_verify() {
		assertThat(this.staff.getForEntity("/api/audit/verify", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.auditor.getForEntity("/api/audit/verify?digestPosition=3", String.class).getStatusCode())
			.as("a digest needs its hash")
			.isEqualTo(HttpStatus.BAD_REQUEST);
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

	private JsonNode verify(String query) throws Exception {
		return this.json.readTree(this.auditor.getForObject("/api/audit/verify" + query, String.class));
	}

	/**
	 * Waits until the publisher has sealed every stored event; answers the last position.
	 */
	private long awaitSealedThroughStore() throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			long stored = lastStoredPosition();
			JsonNode head = this.json.readTree(this.auditor.getForObject("/api/audit/chain/head", String.class));
			if (stored > 0 && head.path("position").asLong() == stored) {
				return stored;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The chain did not reach the store's last position");
	}

	private void awaitDigestAt(long position) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			if (verify("").path("digest").path("position").asLong() == position) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("No digest at position " + position);
	}

	private long lastStoredPosition() {
		long last = 0;
		for (Document commit : commits().find()) {
			last = Math.max(last, commit.get("last", Number.class).longValue());
		}
		return last;
	}

	private Document commitHolding(long position) {
		for (Document commit : commits().find()) {
			long first = commit.get("_id", Number.class).longValue();
			if (first <= position && position <= commit.get("last", Number.class).longValue()
					&& !commit.getList("events", Document.class).isEmpty()) {
				return commit;
			}
		}
		throw new AssertionError("No commit holds position " + position);
	}

	private static Document eventAt(Document commit, long position) {
		return commit.getList("events", Document.class)
			.stream()
			.filter((event) -> event.get("position", Number.class).longValue() == position)
			.findFirst()
			.orElseThrow();
	}

	private com.mongodb.client.MongoCollection<Document> commits() {
		return this.mongo.getDatabase(DATABASE).getCollection("event_commits");
	}

	/** The event records of the topic, without the publisher's watermarks. */
	private static List<ConsumerRecord<String, String>> records(String topic, int expected) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.kafkaBootstrap(), ConsumerConfig.GROUP_ID_CONFIG, "chain-it-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (records.size() < expected && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					if (record.headers().lastHeader(EventWire.HEADER_RECORD_KIND) == null) {
						records.add(record);
					}
				}
			}
		}
		assertThat(records).hasSizeGreaterThanOrEqualTo(expected);
		return records;
	}

	private static long position(ConsumerRecord<String, String> record) {
		return Long.parseLong(header(record, EventWire.HEADER_POSITION));
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		return new String(record.headers().lastHeader(name).value(), java.nio.charset.StandardCharsets.UTF_8);
	}

}
