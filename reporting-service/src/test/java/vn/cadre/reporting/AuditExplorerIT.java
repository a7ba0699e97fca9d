package vn.cadre.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cadre.kernel.CadreEvent;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.kernel.unit.UnitsMerged;
import vn.cadre.support.security.Role;
import vn.cadre.support.testing.TestInfrastructure;
import vn.cadre.support.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit explorer over HTTP on the real servers: events published to the topic are
 * logged by their own consumer group and paged as JSON; malformed questions are 400
 * problems naming the parameter, an unknown unit a 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditExplorerIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String DATABASE = "audit_it_" + RUN;

	private static final String TOPIC = "cadre.events.audit." + RUN;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		ReadSideTesting.servers(registry, DATABASE, TOPIC);
	}

	@BeforeAll
	static void topic() throws Exception {
		try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", TestInfrastructure.kafkaBootstrap()))) {
			admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
		}
	}

	private TestRestTemplate http;

	@Autowired
	void signIn(TestRestTemplate http) {
		this.http = http.withBasicAuth(TestUsers.nameOf(Role.AUDITOR), TestUsers.PASSWORD);
	}

	@Autowired
	private ObjectMapper json;

	@Test
	void theEventsOfAUnitAndItsPredecessors_arePagedAsJson() throws Exception {
		LocalDate effective = LocalDate.of(2025, 7, 1);
		publish(1, "son-binh", 0, Map.of("actor", "can-bo-01"), new UnitRegistered("son-binh", "03391", "Sơn Bình",
				UnitType.COMMUNE, null, LocalDate.of(2008, 1, 1), "nq-2008"));
		publish(2, "son-binh", 1,
				Map.of("actor", "can-bo-02", "commandId", "cmd-2", "reason", "bầu tại đại hội", "legalBasis",
						"05-QĐ/HU"),
				new PositionAssigned("m1", "son-binh", "PARTY_SECRETARY", "p1", LocalDate.of(2021, 5, 23), null,
						Locality.LOCAL, "quê quán", "05-QĐ/HU", List.of()));
		publish(3, "son-binh", 2, Map.of("actor", "can-bo-01"),
				new UnitMergedInto("son-binh", "binh-lu", effective.minusDays(1), "r-1", "1670/NQ-UBTVQH15"));
		publish(4, "binh-lu", 0, Map.of("actor", "can-bo-01"),
				new UnitsMerged("binh-lu", "03390", "Bình Lư", UnitType.COMMUNE, null, effective, List.of("son-binh"),
						List.of(), List.of(), "r-1", "1670/NQ-UBTVQH15"));

		Map<String, Object> page = awaitTotal("/api/audit/events?unitId=binh-lu&size=2", 4);

		assertThat(page.get("page")).isEqualTo(0);
		assertThat(page.get("size")).isEqualTo(2);
		assertThat(page.get("unitsInLineage")).isEqualTo(List.of("binh-lu", "son-binh"));
		assertThat(page.get("nextAfter")).isEqualTo(2);
		Map<String, Object> next = this.http.getForObject("/api/audit/events?unitId=binh-lu&size=2&after=2", Map.class);
		assertThat(maps(next.get("items"))).extracting(item -> item.get("position")).containsExactly(3, 4);
		assertThat(next).containsEntry("total", 4).doesNotContainKey("nextAfter");
		List<Map<String, Object>> items = maps(page.get("items"));
		assertThat(items).extracting(item -> item.get("position")).containsExactly(1, 2);
		Map<String, Object> assigned = items.get(1);
		assertThat(assigned).containsEntry("type", "PositionAssigned")
			.containsEntry("eventId", "event-2")
			.containsEntry("aggregateId", "son-binh")
			.containsEntry("legalBasis", "05-QĐ/HU")
			.containsEntry("recordedAt", "2025-07-02T08:00:02Z")
			.containsEntry("validFrom", "2021-05-23");
		assertThat(map(assigned.get("metadata"))).containsEntry("actor", "can-bo-02")
			.containsEntry("commandId", "cmd-2")
			.containsEntry("reason", "bầu tại đại hội");
		assertThat(map(assigned.get("payload"))).containsEntry("from", "2021-05-23").containsEntry("personId", "p1");
		Map<String, Object> filtered = this.http.getForObject(
				"/api/audit/events?personId=p1&actor=can-bo-02&type=PositionAssigned&validFrom=2025-01-01"
						+ "&validTo=2025-12-31&recordedFrom=2025-07-02T08:00:00Z&recordedTo=2025-07-02T09:00:00Z",
				Map.class);
		assertThat(filtered.get("total")).isEqualTo(1);
		assertThat(filtered).doesNotContainKey("unitsInLineage");
	}

	@Test
	void aMalformedQuestion_isA400ProblemNamingWhatIsWrong() {
		assertBadRequest("validFrom=2025-13-01", "validFrom must be a date as yyyy-MM-dd");
		assertBadRequest("recordedTo=yesterday", "recordedTo must be an ISO-8601 instant");
		assertBadRequest("size=501", "size must be a whole number from 1 to 500");
		assertBadRequest("validFrom=2025-07-02&validTo=2025-07-01", "validFrom (2025-07-02) is after validTo");
		assertBadRequest("type=PositionAssigned&type=EndDateUpdated", "No event type EndDateUpdated");
		assertBadRequest("lineage=maybe", "lineage must be true or false");
		assertBadRequest("after=-1", "after must be a whole number of 0 or more");
		assertBadRequest("page=1&after=20", "page and after cannot be combined");
	}

	@Test
	void anUnknownUnit_isA404Problem() {
		ResponseEntity<Map> response = this.http.getForEntity("/api/audit/events?unitId=no-such-unit", Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat((String) response.getBody().get("detail")).contains("no-such-unit");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object value) {
		return (List<Map<String, Object>>) value;
	}

	private void assertBadRequest(String query, String detail) {
		ResponseEntity<Map> response = this.http.getForEntity("/api/audit/events?" + query, Map.class);

		assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).as(query).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat((String) response.getBody().get("detail")).as(query).contains(detail);
	}

	private Map<String, Object> awaitTotal(String query, int total) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		Map<String, Object> page = null;
		while (System.nanoTime() < deadline) {
			ResponseEntity<Map> response = this.http.getForEntity(query, Map.class);
			page = map(response.getBody());
			if (response.getStatusCode() == HttpStatus.OK && Integer.valueOf(total).equals(page.get("total"))) {
				return page;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the audit log never held " + total + " events for " + query + ": " + page);
	}

	private void publish(long position, String unitId, long sequence, Map<String, String> metaData, CadreEvent payload)
			throws Exception {
		PublishedEvent event = new PublishedEvent("event-" + position, payload.getClass().getName(), "1", position,
				"AdministrativeUnit", unitId, sequence, Instant.parse("2025-07-02T08:00:00Z").plusSeconds(position),
				metaData, payload);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap()),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>(TOPIC, unitId, this.json.writeValueAsString(event))).get();
		}
	}

}
