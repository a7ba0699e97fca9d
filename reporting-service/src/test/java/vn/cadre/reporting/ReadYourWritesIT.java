package vn.cadre.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
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
import vn.cadre.kernel.ReadYourWrites;
import vn.cadre.kernel.Watermark;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.support.testing.TestInfrastructure;
import vn.cadre.support.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads that name a position wait for the read models to apply it; how far behind each
 * read model is comes from the publisher's watermarks, so events the publisher has not
 * sent yet count as lag too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadYourWritesIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String TOPIC = "cadre.events.ryw." + RUN;

	private static final int PARTITIONS = 3;

	private static KafkaProducer<String, String> producer;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		ReadSideTesting.servers(registry, "ryw_it_" + RUN, TOPIC);
		registry.add("cadre.reporting.read-your-writes-wait", () -> "5s");
	}

	@BeforeAll
	static void topic() throws Exception {
		ReadSideTesting.createTopic(TOPIC, PARTITIONS);
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap());
		producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
	}

	@AfterAll
	static void close() {
		producer.close();
	}

	private TestRestTemplate http;

	@Autowired
	void signIn(TestRestTemplate http) {
		this.http = http.withBasicAuth(TestUsers.EVERYONE, TestUsers.PASSWORD);
	}

	@Autowired
	private ObjectMapper json;

	@Test
	void aReadNamingAPosition_waitsForIt_andOneTooFarAheadIsA503WithRetryAfter() throws Exception {
		register("u-1", 1);
		watermark(1, 1);
		awaitStatus(1);
		assertThat(get("/api/units/u-1", 1).getStatusCode()).isEqualTo(HttpStatus.OK);

		// the publisher says position 2 exists and is sent: the read waits until it
		// arrives
		Thread later = new Thread(() -> {
			sleep(400);
			register("u-2", 2);
			watermark(2, 2);
		});
		later.start();
		ResponseEntity<Map> waited = get("/api/units/u-2", 2);
		later.join();
		assertThat(waited.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(waited.getBody()).containsEntry("unitId", "u-2");
		assertThat(waited.getHeaders().getFirst(ReadYourWrites.POSITION_HEADER)).isEqualTo("2");

		ResponseEntity<Map> ahead = get("/api/units/u-1", 99);
		assertThat(ahead.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(ahead.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(ahead.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat((String) ahead.getBody().get("detail")).contains("99");

		ResponseEntity<Map> bad = this.http.getForEntity("/api/units/u-1?minPosition=abc", Map.class);
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theStatus_countsEventsTheStoreHoldsButThePublisherHasNotSent() throws Exception {
		register("u-10", 10);
		watermark(10, 14);

		Map<String, Object> status = awaitStatus(10);

		List<Map<String, Object>> readModels = (List<Map<String, Object>>) status.get("readModels");
		assertThat(readModels).extracting(model -> model.get("name"))
			.contains("unit-register", "mandate-history", "audit-log", "briefings");
		assertThat(readModels).allSatisfy(model -> {
			assertThat(((Number) model.get("appliedThrough")).longValue()).isEqualTo(10);
			assertThat(((Number) model.get("storeHead")).longValue()).isEqualTo(14);
			assertThat(((Number) model.get("eventsBehind")).longValue()).isEqualTo(4);
		});
		assertThat(this.http.getForEntity("/actuator/health/readiness", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> awaitStatus(long through) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		Map<String, Object> status = null;
		while (System.nanoTime() < deadline) {
			status = this.http.getForObject("/api/read-side/status", Map.class);
			if (((Number) status.get("appliedThrough")).longValue() >= through) {
				return status;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The read side never reached " + through + ": " + status);
	}

	private ResponseEntity<Map> get(String path, long position) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(ReadYourWrites.MIN_POSITION_HEADER, String.valueOf(position));
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), Map.class);
	}

	private void register(String unitId, long position) {
		UnitRegistered registered = new UnitRegistered(unitId, String.format("%05d", position), "Xã " + unitId,
				UnitType.COMMUNE, null, LocalDate.of(2008, 1, 1), "d");
		send(new ProducerRecord<>(TOPIC, unitId,
				write(new PublishedEvent(UUID.randomUUID().toString(), UnitRegistered.class.getName(), "1", position,
						"AdministrativeUnit", unitId, 0, Instant.parse("2026-01-01T00:00:00Z"), Map.of(),
						registered))));
	}

	/**
	 * What the publisher sends to every partition once every event up to a position is
	 * in.
	 */
	private void watermark(long publishedThrough, long storeHead) {
		String mark = write(new Watermark(publishedThrough, storeHead, Instant.now()));
		for (int partition = 0; partition < PARTITIONS; partition++) {
			ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, partition, null, mark);
			record.headers().add(EventWire.HEADER_RECORD_KIND, EventWire.RECORD_KIND_WATERMARK.getBytes());
			send(record);
		}
	}

	private void send(ProducerRecord<String, String> record) {
		try {
			producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String write(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
