package vn.cadre.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
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
 * A rebuild while events keep arriving, as during a national import: the rebuilt
 * generation it serves must hold every event, those that came while it read included, and
 * the live consumers must go on from where it stopped. Live consumers hold still for a
 * second at most here, less than a switch or a check takes, as a check of a national
 * history outlasts their usual two minutes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RebuildUnderLoadIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String TOPIC = "cadre.events.rebuild-load." + RUN;

	private static final int FIRST = 500;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		ReadSideTesting.servers(registry, "rebuild_load_it_" + RUN, TOPIC);
		registry.add("cadre.reporting.switch-hold", () -> "1s");
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

	@Test
	void aRebuildWhileEventsKeepArriving_servesEveryEvent_andTheCheckFindsNothing() throws Exception {
		AtomicInteger published = new AtomicInteger();
		AtomicBoolean stop = new AtomicBoolean();
		int total;
		try (KafkaProducer<String, String> producer = producer()) {
			CompletableFuture<Void> flow = firstUnitsThenFlow(producer, "u-", published, stop);
			int publishedWhenStarted = published.get();

			Map<String, Object> rebuilt = ReadSideTesting.runToEnd(this.http, "/admin/rebuild",
					Duration.ofSeconds(180));
			int publishedWhenServed = published.get();
			pause(500);
			stop.set(true);
			flow.get();
			total = published.get();

			assertThat(rebuilt).containsEntry("state", "DONE");
			assertThat(publishedWhenServed).as("events kept arriving during the whole rebuild")
				.isGreaterThan(publishedWhenStarted)
				.isLessThan(total);
		}
		awaitUnit("u-", total - 1);
		assertThat(ReadSideTesting.runToEnd(this.http, "/admin/consistency-check", Duration.ofSeconds(180)))
			.containsEntry("state", "DONE")
			.containsEntry("differences", List.of());
		for (int i = 0; i < total; i += 37) {
			assertThat(this.http.getForObject("/api/units/u-" + i, Map.class).get("name")).as("u-" + i)
				.isEqualTo("Xã mới " + i);
		}
	}

	/**
	 * A check while events keep arriving, for longer than the live consumers hold still:
	 * they go on applying while it compares, and what they applied meanwhile is no
	 * difference.
	 */
	@Test
	void aCheckWhileEventsKeepArriving_findsNothing() throws Exception {
		AtomicInteger published = new AtomicInteger();
		AtomicBoolean stop = new AtomicBoolean();
		try (KafkaProducer<String, String> producer = producer()) {
			CompletableFuture<Void> flow = firstUnitsThenFlow(producer, "c-", published, stop);
			int publishedWhenStarted = published.get();

			Map<String, Object> checked = ReadSideTesting.runToEnd(this.http, "/admin/consistency-check",
					Duration.ofSeconds(180));
			int publishedWhenDone = published.get();
			stop.set(true);
			flow.get();

			assertThat(checked).containsEntry("state", "DONE").containsEntry("differences", List.of());
			assertThat(publishedWhenDone).as("events kept arriving during the check")
				.isGreaterThan(publishedWhenStarted);
		}
	}

	/**
	 * {@value #FIRST} units, once the read side shows them all, then more units, ten
	 * every tenth of a second, until {@code stop}.
	 */
	private CompletableFuture<Void> firstUnitsThenFlow(KafkaProducer<String, String> producer, String prefix,
			AtomicInteger published, AtomicBoolean stop) throws InterruptedException {
		for (int i = 0; i < FIRST; i++) {
			publishUnit(producer, prefix, i);
		}
		producer.flush();
		published.set(FIRST);
		awaitUnit(prefix, FIRST - 1);
		return flow(producer, prefix, published, stop);
	}

	private CompletableFuture<Void> flow(KafkaProducer<String, String> producer, String prefix, AtomicInteger published,
			AtomicBoolean stop) {
		return CompletableFuture.runAsync(() -> {
			while (!stop.get()) {
				publishUnit(producer, prefix, published.get());
				published.incrementAndGet();
				if (published.get() % 10 == 0) {
					producer.flush();
					pause(100);
				}
			}
			producer.flush();
		});
	}

	/**
	 * Registers and renames unit {@code prefix + i}; each prefix has positions of its
	 * own, as the audit log keeps one entry per position.
	 */
	private void publishUnit(KafkaProducer<String, String> producer, String prefix, int i) {
		String unitId = prefix + i;
		long position = (prefix.hashCode() & 0xffffL) * 1_000_000L + i * 2L;
		send(producer, 0, new UnitRegistered(unitId, String.format("%05d", i), "Xã " + i, UnitType.COMMUNE, null,
				LocalDate.of(2008, 1, 1), "d"), unitId, position + 1);
		send(producer, 1, new UnitRenamed(unitId, "Xã mới " + i, LocalDate.of(2026, 1, 1), "d"), unitId, position + 2);
	}

	private void send(KafkaProducer<String, String> producer, long sequence, CadreEvent payload, String unitId,
			long position) {
		PublishedEvent event = new PublishedEvent(UUID.randomUUID().toString(), payload.getClass().getName(),
				payload.getClass().getAnnotation(EventRevision.class).value(), position, "AdministrativeUnit", unitId,
				sequence, Instant.parse("2026-01-01T00:00:00Z"), Map.of(), payload);
		try {
			producer.send(new ProducerRecord<>(TOPIC, unitId, this.json.writeValueAsString(event)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KafkaProducer<String, String> producer() {
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap());
		properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
		return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Waits until unit {@code prefix + i} shows its new name. */
	private void awaitUnit(String prefix, int i) throws InterruptedException {
		String unitId = prefix + i;
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			ResponseEntity<Map> unit = this.http.getForEntity("/api/units/" + unitId, Map.class);
			if (unit.getStatusCode().is2xxSuccessful() && ("Xã mới " + i).equals(unit.getBody().get("name"))) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError(unitId + " never got its new name");
	}

}
