package vn.cadre.assignments.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cadre.assignments.AssignmentsApplication;
import vn.cadre.assignments.publishing.KafkaEventPublisher;
import vn.cadre.kernel.unit.UnitRenamed;
import vn.cadre.support.testing.TestInfrastructure;
import vn.cadre.support.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What publication to Kafka achieves: the service's own publisher (sealing, sending,
 * waiting for acknowledgements, storing its token) over events already stored, once with
 * a batch of one event (the old path: one seal, one send, one wait per event) and once
 * with batches, in the same run. Run on demand:
 * {@code -Dtest=PublicationBenchmark -Dgroups=benchmark -Dcadre.excludedGroups=} (sizes:
 * {@code -Dbenchmark.events=20000 -Dbenchmark.baselineEvents=2000
 * -Dbenchmark.batchSize=500}).
 */
@Tag("benchmark")
class PublicationBenchmark {

	private static final int EVENTS = Integer.getInteger("benchmark.events", 20_000);

	private static final int BASELINE_EVENTS = Integer.getInteger("benchmark.baselineEvents", 2_000);

	private static final int BATCH_SIZE = Integer.getInteger("benchmark.batchSize", 500);

	@Test
	void publication_oneEventAtATime_againstBatches() {
		double baseline = publish(1, BASELINE_EVENTS);
		double batched = publish(BATCH_SIZE, EVENTS);

		System.out.printf("%nPublication benchmark: sealed, sent to a %s Kafka broker and acknowledged%n",
				TestInfrastructure.kafkaBootstrap().contains("localhost") ? "in-process" : "external");
		System.out.printf("%-40s %,8d events %10.0f events/s%n", "batch of 1 (the old per-event path)", BASELINE_EVENTS,
				baseline);
		System.out.printf("%-40s %,8d events %10.0f events/s   %6.1fx%n", "batches of " + BATCH_SIZE, EVENTS, batched,
				batched / baseline);
	}

	/**
	 * Starts the service on a fresh store and topic, stops its publisher once idle,
	 * stores {@code events} events in commits of 1 to 3, and times the publisher from its
	 * start until its token passes the last of them.
	 */
	private static double publish(int batchSize, int events) {
		String run = UUID.randomUUID().toString().substring(0, 8);
		// Arguments, not default properties: application.yml's own defaults would win.
		String[] arguments = Map
			.of("server.port", "0", "spring.data.mongodb.uri", TestInfrastructure.mongoUri(),
					"spring.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrap(), "cadre.security.users-file",
					TestUsers.file(), "cadre.assignments.database", "publication_bench_" + run,
					"cadre.assignments.topic", "cadre.events.bench." + run, "cadre.assignments.digest-topic",
					"cadre.digests.bench." + run, "cadre.assignments.publish-batch-size", String.valueOf(batchSize))
			.entrySet()
			.stream()
			.map((setting) -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(AssignmentsApplication.class)
			.run(arguments)) {
			TrackingEventProcessor publisher = service.getBean(EventProcessingConfiguration.class)
				.eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class)
				.orElseThrow();
			await(publisher, 0);
			publisher.shutDown();
			long last = store(service.getBean(EventStorageEngine.class), events);

			long start = System.nanoTime();
			publisher.start();
			await(publisher, last);
			double rate = events / ((System.nanoTime() - start) / 1e9);
			assertThat(last).isEqualTo(events);
			return rate;
		}
	}

	private static long store(EventStorageEngine engine, int events) {
		Random random = new Random(42);
		int aggregates = Math.max(1, events / 10);
		long[] sequences = new long[aggregates];
		int written = 0;
		while (written < events) {
			int aggregate = random.nextInt(aggregates);
			int size = Math.min(1 + random.nextInt(3), events - written);
			List<DomainEventMessage<?>> commit = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				String unitId = "unit-" + aggregate;
				commit.add(new GenericDomainEventMessage<>("AdministrativeUnit", unitId, sequences[aggregate]++,
						new UnitRenamed(unitId, "Bình Lư " + written, LocalDate.of(2025, 7, 1), "1670/NQ-UBTVQH15")));
			}
			engine.appendEvents(commit);
			written += size;
		}
		return written;
	}

	/**
	 * Waits until the publisher has published (and stored its token) through
	 * {@code position}.
	 */
	private static void await(TrackingEventProcessor publisher, long position) {
		long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
		while (System.nanoTime() < deadline) {
			EventTrackerStatus status = publisher.processingStatus().get(0);
			if (status != null && status.isCaughtUp() && !status.isErrorState()
					&& (position == 0 || status.getCurrentPosition().orElse(0) >= position)) {
				return;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("The publisher did not reach position " + position);
	}

}
