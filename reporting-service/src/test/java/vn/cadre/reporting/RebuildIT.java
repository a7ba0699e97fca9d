package vn.cadre.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cadre.kernel.CadreEvent;
import vn.cadre.kernel.EventRevision;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitRenamed;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.support.testing.TestInfrastructure;
import vn.cadre.support.testing.TestUsers;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuild and consistency check on the real servers: a check finds nothing on a sound
 * read model and names a document changed behind the service's back; a rebuild from the
 * topic repairs it, switches the served generation, and the live consumers go on into the
 * new one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RebuildIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String DATABASE = "rebuild_it_" + RUN;

	private static final String TOPIC = "cadre.events.rebuild." + RUN;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		ReadSideTesting.servers(registry, DATABASE, TOPIC);
	}

	@BeforeAll
	static void topic() throws Exception {
		ReadSideTesting.createTopic(TOPIC, 3);
	}

	private TestRestTemplate http;

	@Autowired
	void signIn(TestRestTemplate http) {
		this.http = http.withBasicAuth(TestUsers.EVERYONE, TestUsers.PASSWORD);
	}

	@Autowired
	private ObjectMapper json;

	@Autowired
	private MongoClient mongo;

	@Test
	void aCheckFindsTamperedDocuments_andARebuildRepairsThem_thenLiveConsumersGoOn() throws Exception {
		for (int i = 0; i < 20; i++) {
			String unitId = "u-" + i;
			publish(0, new UnitRegistered(unitId, String.format("%05d", i), "Xã " + i, UnitType.COMMUNE, null,
					LocalDate.of(2008, 1, 1), "d"), unitId, i * 2 + 1);
			publish(1, new PositionAssigned("m", unitId, "PARTY_SECRETARY", "p" + i, LocalDate.of(2020, 1, 1), null,
					Locality.NON_LOCAL, "x", "d", List.of()), unitId, i * 2 + 2);
		}
		awaitName("u-19", "Xã 19");
		awaitNonLocal("u-19", 1);

		Map<String, Object> sound = ReadSideTesting.runToEnd(this.http, "/admin/consistency-check",
				Duration.ofSeconds(90));
		this.mongo.getDatabase(DATABASE)
			.getCollection("units")
			.updateOne(eq("_id", "u-3"), Updates.set("name", "Sửa tay"));
		Map<String, Object> tampered = ReadSideTesting.runToEnd(this.http, "/admin/consistency-check",
				Duration.ofSeconds(90));

		assertThat(sound).containsEntry("state", "DONE").containsEntry("differences", List.of());
		assertThat(tampered.get("differences").toString()).contains("u-3").contains("DIFFERENT").contains("name");
		assertThat(((Number) tampered.get("done")).longValue()).isEqualTo(40);

		Map<String, Object> rebuilt = ReadSideTesting.runToEnd(this.http, "/admin/rebuild", Duration.ofSeconds(90));

		assertThat(rebuilt).containsEntry("state", "DONE");
		assertThat(this.http.getForObject("/api/units/u-3", Map.class).get("name")).isEqualTo("Xã 3");
		assertThat(this.mongo.getDatabase(DATABASE).getCollection("units").countDocuments())
			.as("the replaced generation is dropped")
			.isZero();
		publish(2, new UnitRenamed("u-5", "Tên mới", LocalDate.of(2026, 1, 1), "d"), "u-5", 100);
		awaitName("u-5", "Tên mới");
		assertThat(ReadSideTesting.runToEnd(this.http, "/admin/consistency-check", Duration.ofSeconds(90)))
			.containsEntry("differences", List.of());
	}

	private void awaitName(String unitId, String name) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			ResponseEntity<Map> unit = this.http.getForEntity("/api/units/" + unitId, Map.class);
			if (unit.getStatusCode().is2xxSuccessful() && name.equals(unit.getBody().get("name"))) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError(unitId + " never got the name " + name);
	}

	@SuppressWarnings("unchecked")
	private void awaitNonLocal(String unitId, long expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			Map<String, Object> report = this.http
				.getForObject("/api/measures?scope=UNIT&unitId=" + unitId + "&period=old-model", Map.class);
			boolean reached = ((List<Map<String, Object>>) report.get("measures")).stream()
				.anyMatch(measure -> "NON_LOCAL_KEY_POSTS".equals(measure.get("id"))
						&& ((Number) measure.get("value")).longValue() == expected);
			if (reached) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError(unitId + " never showed " + expected + " non-local key posts");
	}

	private void publish(long sequence, CadreEvent payload, String unitId, long position) throws Exception {
		PublishedEvent event = new PublishedEvent(UUID.randomUUID().toString(), payload.getClass().getName(),
				payload.getClass().getAnnotation(EventRevision.class).value(), position, "AdministrativeUnit", unitId,
				sequence, Instant.parse("2026-01-01T00:00:00Z"), Map.of(), payload);
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap());
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>(TOPIC, unitId, this.json.writeValueAsString(event))).get();
		}
	}

}
