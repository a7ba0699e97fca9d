package vn.cadre.assignments;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cadre.kernel.EventWire;
import vn.cadre.kernel.ReadYourWrites;
import vn.cadre.support.testing.TestInfrastructure;
import vn.cadre.support.testing.TestUsers;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every accepted command answers with the global position of the last event it stored, as
 * the event store and the topic record it; a retry under the same command id answers with
 * the same position. On real in-process servers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadYourWritesIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String DATABASE = "read_your_writes_" + RUN;

	private static final String TOPIC = "cadre.events.ryw." + RUN;

	private static final String DASHBOARD = "https://bang-dieu-khien.example";

	private static final String BASIS = "1670/NQ-UBTVQH15";

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("spring.data.mongodb.uri", TestInfrastructure::mongoUri);
		registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrap);
		registry.add("cadre.security.users-file", TestUsers::file);
		registry.add("cadre.assignments.database", () -> DATABASE);
		registry.add("cadre.assignments.topic", () -> TOPIC);
		registry.add("cadre.assignments.partitions", () -> 1);
		registry.add("cadre.security.cors.allowed-origins", () -> DASHBOARD);
	}

	private TestRestTemplate http;

	@Autowired
	void signIn(TestRestTemplate http) {
		this.http = http.withBasicAuth(TestUsers.EVERYONE, TestUsers.PASSWORD);
	}

	@Autowired
	private MongoClient mongo;

	@BeforeEach
	void citedDocument() {
		post("/api/documents", Map.of("number", BASIS, "issuedOn", "2025-06-16", "issuer", "Ủy ban Thường vụ Quốc hội",
				"kind", "RESOLUTION", "title", "Sắp xếp đơn vị hành chính cấp xã"), null);
	}

	@Test
	void everyAcceptedCommand_answersWithThePositionOfItsLastStoredEvent_increasingFromCommandToCommand() {
		String a = "a-" + RUN;
		String b = "b-" + RUN;

		ResponseEntity<Map> registered = post("/api/units", unit(a, "31001"), null);
		assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(position(registered)).isEqualTo(lastStoredPosition(a)).isEqualTo(positionOnTheTopic(a));
		assertThat(registered.getBody()).containsEntry("unitId", a)
			.containsEntry("position", (int) position(registered));

		post("/api/units", unit(b, "31002"), null);
		ResponseEntity<Map> renamed = post("/api/units/" + a + "/rename",
				Map.of("name", "Xã A Mới", "effectiveOn", "2020-01-01", "legalBasis", BASIS), null);
		assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(position(renamed)).isEqualTo(lastStoredPosition(a)).isGreaterThan(position(registered));

		ResponseEntity<Map> person = post("/api/people", Map.of("personId", "cb-" + RUN, "name", "Cán bộ 07",
				"birthYear", 1980, "origin", Map.of("hometownCode", "31001", "hometownOn", "2019-01-01")), null);
		assertThat(position(person)).isEqualTo(lastStoredPosition("cb-" + RUN)).isGreaterThan(position(renamed));

		ResponseEntity<Map> merged = post("/api/restructurings/mergers",
				Map.of("successorId", "ab-" + RUN, "code", "31003", "name", "Xã AB", "type", "COMMUNE", "effectiveOn",
						"2025-07-01", "predecessorIds", List.of(a, b), "legalBasis", BASIS),
				null);
		assertThat(merged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(position(merged)).as("the last of the merger's events, stored in one commit")
			.isEqualTo(
					Math.max(lastStoredPosition("ab-" + RUN), Math.max(lastStoredPosition(a), lastStoredPosition(b))))
			.isEqualTo(lastPositionOfTheLastCommit())
			.isGreaterThan(position(person) + 1);
		assertThat(merged.getBody()).containsEntry("position", (int) position(merged));
	}

	@Test
	void aRetryUnderTheSameCommandId_answersWithTheSamePosition_andARefusalWithNone() {
		String commandId = "ryw-" + UUID.randomUUID();
		Map<String, Object> body = unit("c-" + RUN, "31004");
		ResponseEntity<Map> first = post("/api/units", body, commandId);
		ResponseEntity<Map> later = post("/api/units", unit("d-" + RUN, "31005"), null);

		ResponseEntity<Map> retry = post("/api/units", body, commandId);
		ResponseEntity<Map> refused = post("/api/units", unit("e-" + RUN, "31006", "999/NQ-KHONGCO"), null);

		assertThat(retry.getHeaders().getFirst("X-Command-Replayed")).isEqualTo("true");
		assertThat(position(retry)).isEqualTo(position(first)).isLessThan(position(later));
		assertThat(retry.getBody()).isEqualTo(first.getBody()).containsEntry("position", (int) position(first));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(refused.getHeaders().containsKey(ReadYourWrites.POSITION_HEADER)).isFalse();
	}

	@Test
	void aRetriedCommandWithoutABody_answersWithTheSamePositionInItsHeader() {
		post("/api/units", unit("f-" + RUN, "31007"), null);
		String commandId = "ryw-" + UUID.randomUUID();
		Map<String, Object> rename = Map.of("name", "Xã F Mới", "effectiveOn", "2021-01-01", "legalBasis", BASIS);

		ResponseEntity<Map> first = post("/api/units/f-" + RUN + "/rename", rename, commandId);
		ResponseEntity<Map> retry = post("/api/units/f-" + RUN + "/rename", rename, commandId);

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(position(retry)).isEqualTo(position(first)).isEqualTo(lastStoredPosition("f-" + RUN));
	}

	@Test
	void aScenarioLoad_answersWithThePositionOfItsLastStep() {
		Map<String, Object> scenario = Map.of("id", "ryw-" + RUN, "steps",
				List.of(Map.of("command", "register-unit", "body", unit("g-" + RUN, "31008")),
						Map.of("command", "rename-unit", "body", Map.of("unitId", "g-" + RUN, "name", "Xã G Mới",
								"effectiveOn", "2022-01-01", "legalBasis", BASIS))));

		ResponseEntity<Map> loaded = post("/api/scenarios", scenario, null);

		assertThat(loaded.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(position(loaded)).isEqualTo(lastStoredPosition("g-" + RUN));
		assertThat(loaded.getBody()).containsEntry("position", (int) position(loaded));
	}

	@Test
	void aBrowserOnAnAllowedOrigin_mayReadThePosition() {
		HttpHeaders headers = new HttpHeaders();
		headers.setOrigin(DASHBOARD);
		headers.setContentType(MediaType.APPLICATION_JSON);

		ResponseEntity<Map> response = this.http.exchange("/api/units", HttpMethod.POST,
				new HttpEntity<>(unit("h-" + RUN, "31009"), headers), Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(response.getHeaders().getAccessControlExposeHeaders()).contains(ReadYourWrites.POSITION_HEADER);
	}

	private static Map<String, Object> unit(String unitId, String code) {
		return unit(unitId, code, BASIS);
	}

	private static Map<String, Object> unit(String unitId, String code, String basis) {
		return Map.of("unitId", unitId, "code", code, "name", "Xã " + unitId, "type", "COMMUNE", "establishedOn",
				"2008-01-01", "legalBasis", basis);
	}

	private ResponseEntity<Map> post(String path, Map<String, ?> body, String commandId) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (commandId != null) {
			headers.add("X-Command-Id", commandId);
		}
		return this.http.postForEntity(path, new HttpEntity<>(body, headers), Map.class);
	}

	private static long position(ResponseEntity<?> response) {
		String header = response.getHeaders().getFirst(ReadYourWrites.POSITION_HEADER);
		assertThat(header).as("the %s header of a %s answer", ReadYourWrites.POSITION_HEADER, response.getStatusCode())
			.isNotNull();
		return Long.parseLong(header);
	}

	/** The highest position of an event of the aggregate, as the event store holds it. */
	private long lastStoredPosition(String aggregateId) {
		long last = 0;
		for (Document commit : commits().find(eq("events.aggregateId", aggregateId))) {
			for (Document event : commit.getList("events", Document.class)) {
				if (aggregateId.equals(event.getString("aggregateId"))) {
					last = Math.max(last, event.get("position", Number.class).longValue());
				}
			}
		}
		return last;
	}

	private long lastPositionOfTheLastCommit() {
		Document commit = commits().find().sort(new Document("_id", -1)).first();
		return commit.get("last", Number.class).longValue();
	}

	private com.mongodb.client.MongoCollection<Document> commits() {
		return this.mongo.getDatabase(DATABASE).getCollection("event_commits");
	}

	/** The position header of the last record published for the key. */
	private static long positionOnTheTopic(String key) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.kafkaBootstrap(), ConsumerConfig.GROUP_ID_CONFIG, "ryw-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(TOPIC));
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					if (key.equals(record.key())) {
						return Long.parseLong(new String(record.headers().lastHeader(EventWire.HEADER_POSITION).value(),
								StandardCharsets.UTF_8));
					}
				}
			}
		}
		throw new AssertionError("No record with key " + key + " on " + TOPIC);
	}

}
