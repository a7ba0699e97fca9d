package vn.cadre.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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

	private void publish(PublishedEvent event) throws Exception {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap()),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>(TOPIC, event.aggregateId(), this.json.writeValueAsString(event))).get();
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
