package vn.cadre.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side end to end on real servers: an event record on the topic (embedded KRaft
 * broker), applied by the projection's consumer into mongo-java-server, readable over
 * HTTP, with the checkpoint stored beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportingServiceIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String DATABASE = "reporting_it_" + RUN;

	private static final String TOPIC = "cadre.events.it." + RUN;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("spring.data.mongodb.uri", TestInfrastructure::mongoUri);
		registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrap);
		registry.add("cadre.reporting.database", () -> DATABASE);
		registry.add("cadre.reporting.topic", () -> TOPIC);
		registry.add("cadre.reporting.retry-interval", () -> "100ms");
		registry.add("cadre.reporting.retry-attempts", () -> 1);
	}

	@BeforeAll
	static void topic() throws Exception {
		try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", TestInfrastructure.kafkaBootstrap()))) {
			admin.createTopics(java.util.List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
		}
	}

	@Autowired
	private TestRestTemplate http;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private MongoClient mongo;

	@Test
	void publishedUnit_becomesReadable_andTheCheckpointIsStoredWithTheReadModel() throws Exception {
		String unitId = "unit-" + UUID.randomUUID();
		UnitRegistered registered = new UnitRegistered(unitId, "03412", "Bình Lư", UnitType.COMMUNE, null,
				LocalDate.of(2008, 1, 1), "Nghị định 2008");
		publish(new PublishedEvent(UUID.randomUUID().toString(), UnitRegistered.class.getName(), "1", 42,
				"AdministrativeUnit", unitId, 0, Instant.now(), Map.of("actor", "can-bo-07"), registered));

		ResponseEntity<Map> unit = awaitUnit(unitId);

		assertThat(unit.getBody()).containsEntry("code", "03412")
			.containsEntry("name", "Bình Lư")
			.containsEntry("establishedOn", "2008-01-01")
			.containsEntry("lastPosition", 42);
		assertThat(this.mongo.getDatabase(DATABASE)
			.getCollection("projection_checkpoints")
			.countDocuments(new Document("position", 42L))).isEqualTo(1);
	}

	@Test
	void unknownUnit_isA404Problem() {
		ResponseEntity<Map> response = this.http.getForEntity("/api/units/no-such-unit", Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat((String) response.getBody().get("detail")).contains("no-such-unit");
	}

	@Test
	void poisonEvent_becomesADeadLetter_parksItsAggregate_andLetsOthersThrough() throws Exception {
		String poisoned = "unit-" + UUID.randomUUID();
		String healthy = "unit-" + UUID.randomUUID();
		send(poisoned, "{\"type\":\"java.lang.Runtime\",\"payload\":{}}");
		publish(unitEvent(poisoned, 1, "Sơn Bình"));
		publish(unitEvent(healthy, 0, "Bình Lư"));

		awaitUnit(healthy);
		List<Map<String, Object>> letters = awaitLetters(poisoned, 2);
		assertThat(letters).extracting(letter -> letter.get("cause")).containsExactly("FAILED", "PARKED");
		assertThat((String) letters.get(0).get("error")).contains("java.lang.Runtime");
		assertThat(this.http.getForEntity("/api/units/" + poisoned, Map.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		String failed = (String) letters.get(0).get("id");
		String parked = (String) letters.get(1).get("id");
		assertThat(this.http.postForEntity("/admin/dead-letters/{id}/retry", null, Map.class, parked).getStatusCode())
			.as("a parked letter cannot jump the queue")
			.isEqualTo(HttpStatus.CONFLICT);
		this.http.delete("/admin/dead-letters/{id}", failed);
		ResponseEntity<Map> retried = this.http.postForEntity("/admin/dead-letters/{id}/retry", null, Map.class,
				parked);

		assertThat(retried.getBody()).containsEntry("applied", 1);
		assertThat(awaitUnit(poisoned).getBody()).containsEntry("name", "Sơn Bình");
		assertThat(letters(poisoned)).isEmpty();

		publish(unitEvent(poisoned, 2, "Sơn Bình mới"));
		awaitName(poisoned, "Sơn Bình mới");
	}

	private PublishedEvent unitEvent(String unitId, long sequence, String name) {
		UnitRegistered registered = new UnitRegistered(unitId, "03413", name, UnitType.COMMUNE, null,
				LocalDate.of(2008, 1, 1), "Nghị định 2008");
		return new PublishedEvent(UUID.randomUUID().toString(), UnitRegistered.class.getName(), "1", 100 + sequence,
				"AdministrativeUnit", unitId, sequence, Instant.now(), Map.of(), registered);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> letters(String aggregateId) {
		List<Map<String, Object>> all = this.http.getForObject("/admin/dead-letters?projection=unit-register",
				List.class);
		return all.stream().filter(letter -> aggregateId.equals(letter.get("aggregateId"))).toList();
	}

	private List<Map<String, Object>> awaitLetters(String aggregateId, int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			List<Map<String, Object>> letters = letters(aggregateId);
			if (letters.size() >= count) {
				return letters;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("expected " + count + " dead letters for " + aggregateId);
	}

	private void awaitName(String unitId, String name) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			if (name.equals(this.http.getForObject("/api/units/" + unitId, Map.class).get("name"))) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError(unitId + " never got the name " + name);
	}

	private void publish(PublishedEvent event) throws Exception {
		send(event.aggregateId(), this.json.writeValueAsString(event));
	}

	private static void send(String key, String value) throws Exception {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap()),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
		}
	}

	private ResponseEntity<Map> awaitUnit(String unitId) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			ResponseEntity<Map> response = this.http.getForEntity("/api/units/" + unitId, Map.class);
			if (response.getStatusCode() == HttpStatus.OK) {
				return response;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("Unit " + unitId + " never appeared in the register");
	}

}
