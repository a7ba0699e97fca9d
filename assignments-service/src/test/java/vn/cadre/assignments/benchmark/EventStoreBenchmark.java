package vn.cadre.assignments.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.cadre.assignments.eventstore.EventStoreCollections;
import vn.cadre.assignments.eventstore.TestEngines;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.support.testing.TestInfrastructure;

/**
 * Figures for {@code docs/benchmarks.md}: our event store against axon-mongo's stock
 * engine, the baseline, measured in the same run on the same server. Prints figures and
 * ratios; asserts nothing about speed. Run with
 * {@code ./mvnw -pl assignments-service -am test -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=EventStoreBenchmark} (size: {@code -Dbenchmark.events=100000}).
 */
@Tag("benchmark")
class EventStoreBenchmark {

	private static final int EVENTS = Integer.getInteger("benchmark.events", 100_000);

	private static final int AGGREGATES = EVENTS / 10;

	/**
	 * The stock engine's tracking read is too slow to read everything; it reads this
	 * many.
	 */
	private static final int BASELINE_TRACKING_SAMPLE = Integer.getInteger("benchmark.baselineSample", 300);

	private static final int LOADS = 200;

	@Test
	void ourStore_againstTheStockAxonMongoEngine() {
		try (MongoClient client = MongoClients.create(TestInfrastructure.mongoUri())) {
			String run = UUID.randomUUID().toString().substring(0, 8);
			EventStorageEngine ours = ours(client.getDatabase("bench_ours_" + run));
			EventStorageEngine stock = stock(client.getDatabase("bench_stock_" + run));

			System.out.printf("%nEvent store benchmark: %,d events in commits of 1-3, %,d aggregates, server %s%n",
					EVENTS, AGGREGATES, TestInfrastructure.mongoUri());
			double oursAppend = append(ours);
			double stockAppend = append(stock);
			row("append (events/s)", oursAppend, stockAppend);

			double oursTracking = track(ours, EVENTS);
			double stockTracking = track(stock, BASELINE_TRACKING_SAMPLE);
			row("tracking read from the start (events/s)", oursTracking, stockTracking);

			double[] oursLoad = load(ours);
			double[] stockLoad = load(stock);
			row("aggregate load p50 (ms)", oursLoad[0], stockLoad[0]);
			row("aggregate load p99 (ms)", oursLoad[1], stockLoad[1]);
			System.out.printf("(stock tracking measured on its first %,d events)%n%n", BASELINE_TRACKING_SAMPLE);
		}
	}

	private static void row(String what, double ours, double baseline) {
		System.out.printf("%-42s ours %12.1f   stock axon-mongo %12.1f   ratio %8.1fx%n", what, ours, baseline,
				what.contains("(ms)") ? baseline / ours : ours / baseline);
	}

	private static double append(EventStorageEngine engine) {
		Random random = new Random(42);
		long[] sequences = new long[AGGREGATES];
		long start = System.nanoTime();
		int written = 0;
		while (written < EVENTS) {
			int aggregate = random.nextInt(AGGREGATES);
			int size = Math.min(1 + random.nextInt(3), EVENTS - written);
			List<DomainEventMessage<?>> commit = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				commit.add(event("agg-" + aggregate, sequences[aggregate]++));
			}
			engine.appendEvents(commit);
			written += size;
		}
		return EVENTS / seconds(start);
	}

	private static double track(EventStorageEngine engine, int limit) {
		long start = System.nanoTime();
		TrackingToken token = null;
		int read = 0;
		while (read < limit) {
			List<? extends TrackedEventMessage<?>> batch = engine.readEvents(token, false).limit(limit - read).toList();
			if (batch.isEmpty()) {
				break;
			}
			read += batch.size();
			token = batch.get(batch.size() - 1).trackingToken();
		}
		return read / seconds(start);
	}

	private static double[] load(EventStorageEngine engine) {
		Random random = new Random(7);
		double[] millis = new double[LOADS];
		for (int i = 0; i < LOADS; i++) {
			long start = System.nanoTime();
			engine.readEvents("agg-" + random.nextInt(AGGREGATES)).asStream().count();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return new double[] { millis[LOADS / 2], millis[LOADS * 99 / 100] };
	}

	private static double seconds(long startNanos) {
		return Duration.ofNanos(System.nanoTime() - startNanos).toNanos() / 1e9;
	}

	private static EventStorageEngine ours(MongoDatabase database) {
		return TestEngines.builder(EventStoreCollections.in(database)).build();
	}

	private static EventStorageEngine stock(MongoDatabase database) {
		org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine engine = org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine
			.builder()
			.mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
			.eventSerializer(TestEngines.serializer())
			.snapshotSerializer(TestEngines.serializer())
			.build();
		engine.ensureIndexes();
		return engine;
	}

	private static DomainEventMessage<UnitRegistered> event(String aggregateId, long sequence) {
		return new GenericDomainEventMessage<>("AdministrativeUnit", aggregateId, sequence, new UnitRegistered(
				aggregateId, "03390", "Bình Lư", UnitType.COMMUNE, null, LocalDate.of(2025, 7, 1), "1670/NQ-UBTVQH15"));
	}

}
