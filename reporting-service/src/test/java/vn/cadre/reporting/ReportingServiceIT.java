package vn.cadre.reporting;

import java.nio.charset.StandardCharsets;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cadre.kernel.EventWire;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.briefing.BriefingRecorded;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.support.testing.TestInfrastructure;
import vn.cadre.support.testing.TestUsers;

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

	private static final String DIGESTS = "cadre.digests.it." + UUID.randomUUID();

	private static final String TOPIC = "cadre.events.it." + RUN;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		ReadSideTesting.servers(registry, DATABASE, TOPIC);
		registry.add("cadre.reporting.digest-topic", () -> DIGESTS);
		registry.add("cadre.reporting.retry-interval", () -> "100ms");
		registry.add("cadre.reporting.retry-attempts", () -> 1);
	}

	@BeforeAll
	static void topic() throws Exception {
		try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", TestInfrastructure.kafkaBootstrap()))) {
			admin
				.createTopics(java.util.List.of(new NewTopic(TOPIC, 3, (short) 1), new NewTopic(DIGESTS, 1, (short) 1)))
				.all()
				.get();
		}
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
	@SuppressWarnings("unchecked")
	void periods_haveTheReportsWindows_andOneStillRunning_isCountedToTheDayAsked() {
		List<Map<String, Object>> periods = this.http.getForObject("/api/periods", List.class);
		Map<String, Object> oldModel = period(periods, "old-model");
		Map<String, Object> twoLevelModel = period(periods, "two-level-model");
		Map<?, ?> asOfTheReport = this.http
			.getForObject("/api/measures?scope=COUNTRY&period=two-level-model&knownAt=2026-06-30T00:00:00Z", Map.class);
		ResponseEntity<Map> beforeItBegan = this.http
			.getForEntity("/api/measures?scope=COUNTRY&period=two-level-model&knownAt=2025-06-01T00:00:00Z", Map.class);

		assertThat(oldModel).containsEntry("from", "2017-01-01").containsEntry("until", "2025-06-30");
		assertThat(twoLevelModel).containsEntry("from", "2025-07-01").doesNotContainKey("until");
		assertThat((Map<String, Object>) asOfTheReport.get("period")).containsEntry("id", "two-level-model")
			.containsEntry("from", "2025-07-01")
			.containsEntry("until", "2026-06-30");
		assertThat(beforeItBegan.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(beforeItBegan.getBody()).containsEntry("parameter", "period");
	}

	private static Map<String, Object> period(List<Map<String, Object>> periods, String id) {
		return periods.stream().filter(period -> id.equals(period.get("id"))).findFirst().orElseThrow();
	}

	@Test
	void digests_areKept_andASecondHashForOnePosition_isKeptAsAConflict() throws Exception {
		String hash = "a".repeat(64);
		sendDigest("{\"position\":40,\"hash\":\"" + "b".repeat(64) + "\",\"sealedAt\":\"2026-01-01T00:00:00Z\"}");
		sendDigest("{\"position\":41,\"hash\":\"" + hash + "\",\"sealedAt\":\"2026-01-01T00:00:01Z\"}");
		sendDigest("{\"position\":41,\"hash\":\"" + "c".repeat(64) + "\",\"sealedAt\":\"2026-01-01T00:00:02Z\"}");

		Map<?, ?> digests = Map.of();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			digests = this.http.getForObject("/api/audit/digests", Map.class);
			if (((Number) digests.get("conflicts")).longValue() == 1) {
				break;
			}
			Thread.sleep(200);
		}
		assertThat(((Number) digests.get("conflicts")).longValue()).isEqualTo(1);
		Map<?, ?> latest = this.http.getForObject("/api/audit/digests/latest", Map.class);
		assertThat(latest.get("position")).isEqualTo(41);
		assertThat(latest.get("hash")).as("the first hash kept for a position stays").isEqualTo(hash);
	}

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
		HttpHeaders conditional = new HttpHeaders();
		conditional.setIfNoneMatch(unit.getHeaders().getETag());
		assertThat(this.http.exchange("/api/units/" + unitId, HttpMethod.GET, new HttpEntity<>(conditional), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
		HttpHeaders csv = new HttpHeaders();
		csv.setAccept(List.of(MediaType.parseMediaType("text/csv")));
		assertThat(this.http.exchange("/api/units?size=500", HttpMethod.GET, new HttpEntity<>(csv), String.class)
			.getBody()).startsWith("unitId,code,name").contains(unitId + ",03412,Bình Lư,COMMUNE");
		// written just after the batch's documents
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		long checkpoints = 0;
		while (checkpoints == 0 && System.nanoTime() < deadline) {
			checkpoints = this.mongo.getDatabase(DATABASE)
				.getCollection("projection_checkpoints")
				.countDocuments(new Document("position", new Document("$gte", 42L)).append("_id",
						new Document("$regex", "^unit-register\\|")));
			Thread.sleep(50);
		}
		assertThat(checkpoints).as("the register's own checkpoint").isEqualTo(1);
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

	/**
	 * A record whose header names a briefing: the read models that read no briefings pass
	 * it without decoding its value, so its broken value is a dead letter only for those
	 * that do.
	 */
	@Test
	void aRecordOfATypeAReadModelDoesNotRead_passesItUndecoded() throws Exception {
		String unit = "unit-" + UUID.randomUUID();
		send(unit, "{\"not\": \"an event\"", BriefingRecorded.class.getName());
		publish(unitEvent(unit, 1, "Phú Lương"));

		assertThat(awaitLettersOf("briefings", unit)).extracting(letter -> letter.get("cause"))
			.containsExactly("FAILED");
		assertThat(awaitLettersOf("audit-log", unit)).extracting(letter -> letter.get("cause")).startsWith("FAILED");
		assertThat(awaitUnit(unit).getBody()).as("the register went past the record")
			.containsEntry("name", "Phú Lương");
		awaitNothingWaiting();
		assertThat(lettersOf("unit-register", unit)).isEmpty();
		assertThat(lettersOf("mandate-history", unit)).isEmpty();
	}

	/**
	 * Through the topic: a unit with a non-local secretary, then a correction recorded
	 * later. The figure as known before the correction stays what it was; the restatement
	 * names the correction; the answer carries an ETag and comes as CSV too.
	 */
	@Test
	void measures_areReadAsKnownAtAnyRecordTime_withTheirEvidence() throws Exception {
		String unitId = "unit-" + UUID.randomUUID();
		Instant assignedAt = Instant.parse("2025-07-02T08:00:00Z");
		Instant correctedAt = Instant.parse("2025-09-01T08:00:00Z");
		publish(new PublishedEvent(UUID.randomUUID().toString(), UnitRegistered.class.getName(), "2", 100,
				"AdministrativeUnit", unitId, 0, assignedAt.minusSeconds(60), Map.of(),
				new UnitRegistered(unitId, "03390", "Bình Lư", UnitType.COMMUNE, null, LocalDate.of(2025, 7, 1), "d")));
		publish(new PublishedEvent(UUID.randomUUID().toString(), PositionAssigned.class.getName(), "1", 101,
				"AdministrativeUnit", unitId, 1, assignedAt, Map.of(),
				new PositionAssigned("m1", unitId, "PARTY_SECRETARY", "p1", LocalDate.of(2025, 7, 1), null,
						Locality.NON_LOCAL, "x", "05-QĐ/TU", List.of())));
		publish(new PublishedEvent(UUID.randomUUID().toString(), AssignmentCorrected.class.getName(), "1", 102,
				"AdministrativeUnit", unitId, 2, correctedAt, Map.of(),
				new AssignmentCorrected("m1", unitId, "PARTY_SECRETARY", "p1", LocalDate.of(2025, 7, 1), null,
						Locality.LOCAL, "quê quán xác minh lại", List.of(), "hồ sơ quê quán sai", "07-QĐ/TU")));

		String query = "/api/measures?scope=UNIT&unitId=" + unitId + "&period=two-level-model";
		Map<?, ?> now = awaitMeasure(query, "NON_LOCAL_KEY_POSTS", 0);
		Map<?, ?> before = measure(this.http.getForObject(query + "&knownAt=2025-08-01T00:00:00Z", Map.class),
				"NON_LOCAL_KEY_POSTS");
		Map<?, ?> restatement = this.http.getForObject("/api/measures/restatement?scope=UNIT&unitId=" + unitId
				+ "&period=two-level-model&knownFrom=2025-08-01T00:00:00Z", Map.class);
		ResponseEntity<String> first = this.http.getForEntity(query, String.class);
		HttpHeaders conditional = new HttpHeaders();
		conditional.setIfNoneMatch(first.getHeaders().getETag());
		ResponseEntity<String> unchanged = this.http.exchange(query, HttpMethod.GET, new HttpEntity<>(conditional),
				String.class);
		ResponseEntity<String> csv = this.http.getForEntity(
				"/api/measures/csv?scope=UNIT&unitId=" + unitId
						+ "&period=two-level-model&knownAt=2025-08-01T00:00:00Z&table=NON_LOCAL_KEY_POSTS",
				String.class);
		ResponseEntity<String> summary = this.http.getForEntity("/api/measures/csv?scope=UNIT&unitId=" + unitId
				+ "&period=two-level-model&knownAt=2025-08-01T00:00:00Z&table=summary", String.class);

		assertThat(now.get("value")).isEqualTo(0);
		assertThat(before.get("value")).as("as known before the correction").isEqualTo(1);
		assertThat((List<?>) restatement.get("changes")).hasSize(2);
		assertThat(restatement.get("explanations").toString()).contains("CORRECTED").contains("hồ sơ quê quán sai");
		assertThat(unchanged.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
		assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
		assertThat(csv.getBody()).startsWith("unitId,unitName,")
			.contains(unitId + ",Bình Lư,p1,PARTY_SECRETARY,m1,101");
		assertThat(summary.getBody()).as("each row names the days it counts, the running period to the day asked")
			.startsWith("period,from,until,measure,")
			.contains("two-level-model,2025-07-01,2025-08-01,NON_LOCAL_KEY_POSTS,");
		assertThat(this.http.getForEntity("/api/measures?scope=UNIT&unitId=" + unitId + "&period=no-such", Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private Map<?, ?> awaitMeasure(String query, String id, long expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		Map<?, ?> measure = null;
		while (System.nanoTime() < deadline) {
			measure = measure(this.http.getForObject(query, Map.class), id);
			List<?> evidence = (List<?>) measure.get("evidence");
			boolean corrected = this.http
				.getForObject(
						query.replace("/api/measures", "/api/measures/restatement") + "&knownFrom=2025-08-01T00:00:00Z",
						Map.class)
				.get("explanations")
				.toString()
				.contains("CORRECTED");
			if (((Number) measure.get("value")).longValue() == expected && evidence.isEmpty() && corrected) {
				return measure;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("measure " + id + " never reached " + expected + ": " + measure);
	}

	@SuppressWarnings("unchecked")
	private static Map<?, ?> measure(Map<?, ?> report, String id) {
		return ((List<Map<?, ?>>) report.get("measures")).stream()
			.filter(measure -> id.equals(measure.get("id")))
			.findFirst()
			.orElseThrow();
	}

	private PublishedEvent unitEvent(String unitId, long sequence, String name) {
		UnitRegistered registered = new UnitRegistered(unitId, "03413", name, UnitType.COMMUNE, null,
				LocalDate.of(2008, 1, 1), "Nghị định 2008");
		return new PublishedEvent(UUID.randomUUID().toString(), UnitRegistered.class.getName(), "1", 200 + sequence,
				"AdministrativeUnit", unitId, sequence, Instant.now(), Map.of(), registered);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> letters(String aggregateId) {
		return lettersOf("unit-register", aggregateId);
	}

	private List<Map<String, Object>> lettersOf(String projection, String aggregateId) {
		List<Map<String, Object>> all = this.http.getForObject("/admin/dead-letters?projection=" + projection,
				List.class);
		return all.stream().filter(letter -> aggregateId.equals(letter.get("aggregateId"))).toList();
	}

	private List<Map<String, Object>> awaitLettersOf(String projection, String aggregateId)
			throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			List<Map<String, Object>> letters = lettersOf(projection, aggregateId);
			if (!letters.isEmpty()) {
				return letters;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("expected a dead letter of " + projection + " for " + aggregateId);
	}

	/** Until every read model's consumers have read what the topic holds. */
	@SuppressWarnings("unchecked")
	private void awaitNothingWaiting() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		Map<?, ?> status = Map.of();
		while (System.nanoTime() < deadline) {
			status = this.http.getForObject("/api/read-side/status", Map.class);
			List<Map<String, Object>> models = (List<Map<String, Object>>) status.get("readModels");
			if (models != null
					&& models.stream().allMatch(model -> ((Number) model.get("recordsWaiting")).longValue() == 0)) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("records still waiting: " + status);
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

	private static void sendDigest(String value) throws Exception {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap()),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>(DIGESTS, "chain", value)).get();
		}
	}

	private static void send(String key, String value) throws Exception {
		send(key, value, null);
	}

	/**
	 * A record with the event-type header the publisher writes, when {@code type} is
	 * given.
	 */
	private static void send(String key, String value, String type) throws Exception {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap()),
				new StringSerializer(), new StringSerializer())) {
			ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key, value);
			if (type != null) {
				record.headers().add(EventWire.HEADER_EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
			}
			producer.send(record).get();
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
