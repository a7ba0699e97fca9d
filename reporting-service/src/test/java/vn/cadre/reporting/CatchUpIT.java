package vn.cadre.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cadre.kernel.CadreEvent;
import vn.cadre.kernel.EventRevision;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitRenamed;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.support.testing.TestInfrastructure;
import vn.cadre.support.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that starts behind a long history catches up in chunks written together, and
 * gives the same read models as event-by-event application would: every event applied
 * once, a poison event met inside a chunk still a dead letter on its own, and the
 * consistency check (a rebuild in chunks too) finds nothing.
 */
class CatchUpIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String TOPIC = "cadre.events.catch-up." + RUN;

	private static final int UNITS = 1500;

	private static final String POISON_KEY = "catch-up-poison";

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	@Test
	void aLongHistory_isAppliedInChunks_asEventByEventWouldApplyIt() throws Exception {
		ReadSideTesting.createTopic(TOPIC, 3);
		publishHistory();
		try (ConfigurableApplicationContext service = start()) {
			TestRestTemplate admin = client(service, TestUsers.EVERYONE);
			awaitCurrent(admin);

			MeterRegistry meters = service.getBean(MeterRegistry.class);
			assertThat(meters.counter("cadre.read-side.catch-up.chunks").count())
				.as("the history was written in chunks")
				.isGreaterThan(0);
			assertThat(meters.counter("cadre.read-side.catch-up.failed").count())
				.as("the poison event failed the chunks that held it")
				.isGreaterThan(0);
			for (int i = 0; i < UNITS; i += 7) {
				assertThat(admin.getForObject("/api/units/" + unitId(i), Map.class).get("name")).as(unitId(i))
					.isEqualTo("Xã mới " + i);
			}
			List<Map<String, Object>> deadLetters = admin.getForObject("/admin/dead-letters", List.class);
			assertThat(deadLetters).extracting(letter -> letter.get("aggregateId"))
				.as("one dead letter per read model, for the poison event alone")
				.containsOnly(POISON_KEY)
				.hasSize(4);
			assertThat(ReadSideTesting.runToEnd(admin, "/admin/consistency-check", Duration.ofSeconds(180)))
				.containsEntry("state", "DONE")
				.containsEntry("differences", List.of());
		}
	}

	/** Each unit registered, then renamed; an undecodable record halfway. */
	private static void publishHistory() throws Exception {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap(),
						ProducerConfig.LINGER_MS_CONFIG, 5),
				new StringSerializer(), new StringSerializer())) {
			long position = 0;
			for (int i = 0; i < UNITS; i++) {
				String unitId = unitId(i);
				send(producer, unitId, 0, ++position, new UnitRegistered(unitId, "%05d".formatted(i), "Xã " + i,
						UnitType.COMMUNE, null, LocalDate.of(2008, 1, 1), "1670/NQ-UBTVQH15"));
				send(producer, unitId, 1, ++position,
						new UnitRenamed(unitId, "Xã mới " + i, LocalDate.of(2025, 7, 1), "1670/NQ-UBTVQH15"));
				if (i == UNITS / 2) {
					producer.send(new ProducerRecord<>(TOPIC, POISON_KEY, "{\"not\": \"an event\""));
				}
			}
			producer.flush();
		}
	}

	private static void send(KafkaProducer<String, String> producer, String unitId, long sequence, long position,
			CadreEvent payload) throws Exception {
		PublishedEvent event = new PublishedEvent(UUID.randomUUID().toString(), payload.getClass().getName(),
				payload.getClass().getAnnotation(EventRevision.class).value(), position, "AdministrativeUnit", unitId,
				sequence, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(position), Map.of(), payload);
		producer.send(new ProducerRecord<>(TOPIC, unitId, JSON.writeValueAsString(event)));
	}

	private static String unitId(int i) {
		return "catch-up-" + RUN + "-" + i;
	}

	/** Small polls and chunks, so a short history spans many of each. */
	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(ReportingApplication.class).run("--server.port=0",
				"--spring.data.mongodb.uri=" + TestInfrastructure.mongoUri(),
				"--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrap(),
				"--cadre.reporting.database=catch_up_" + RUN, "--cadre.reporting.topic=" + TOPIC,
				"--cadre.reporting.group-prefix=" + TOPIC + ".", "--cadre.reporting.apply-batch-size=50",
				"--cadre.reporting.catch-up-events=400", "--cadre.reporting.retry-interval=20ms",
				"--cadre.reporting.retry-attempts=1", "--spring.jmx.enabled=false",
				"--cadre.security.users-file=" + TestUsers.file());
	}

	private static TestRestTemplate client(ConfigurableApplicationContext context, String user) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port)).withBasicAuth(user,
				TestUsers.PASSWORD);
	}

	private static void awaitCurrent(TestRestTemplate http) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		Map<?, ?> status = Map.of();
		while (System.nanoTime() < deadline) {
			status = http.getForObject("/api/read-side/status", Map.class);
			List<Map<String, Object>> models = (List<Map<String, Object>>) status.get("readModels");
			// until the service is up, the answer is an error; the topic carries no
			// watermarks, so only the records waiting tell
			boolean current = models != null
					&& models.stream().allMatch(model -> ((Number) model.get("recordsWaiting")).longValue() == 0);
			if (Boolean.TRUE.equals(status.get("ready")) && current) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the read side did not catch up: " + status);
	}

}
