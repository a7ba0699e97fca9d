package vn.cadre.assignments.eventstore;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight writers append thousands of events with random delays between allocating
 * positions and storing the commit (some longer than the grace period, so readers
 * tombstone their positions and the writers must retry). A reader tailing the store
 * meanwhile sees every committed event exactly once, in position order, and each
 * aggregate's events in sequence.
 */
class EventStoreConcurrencyTest {

	private static final int WRITERS = 8;

	private static final int COMMITS_PER_WRITER = 300;

	private static final int AGGREGATES_PER_WRITER = 25;

	private static final Duration GRACE = Duration.ofMillis(250);

	@Test
	void aTailingReader_seesEveryEventOnce_inOrder_despiteSlowAndAbandonedCommits() throws Exception {
		try (MongoClient client = MongoClients.create(TestInfrastructure.mongoUri())) {
			EventStoreCollections collections = EventStoreCollections
				.in(client.getDatabase("concurrency_" + System.nanoTime()));
			MongoEventStorageEngine engine = engine(collections);
			ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
			AtomicLong appended = new AtomicLong();
			List<Future<?>> writers = new ArrayList<>();
			for (int w = 0; w < WRITERS; w++) {
				int writer = w;
				writers.add(pool.submit(() -> write(engine, writer, appended)));
			}
			Map<String, Long> nextSequence = new HashMap<>();
			Set<String> seen = new HashSet<>();
			List<Long> positions = new ArrayList<>();
			TrackingToken token = null;
			long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
			while (!(allDone(writers) && seen.size() == appended.get()) && System.nanoTime() < deadline) {
				for (TrackedEventMessage<?> event : engine.readEvents(token, false).toList()) {
					DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
					assertThat(seen.add(event.getIdentifier())).as("delivered twice: %s", event).isTrue();
					long expected = nextSequence.getOrDefault(domain.getAggregateIdentifier(), 0L);
					assertThat(domain.getSequenceNumber()).as("order of %s", domain.getAggregateIdentifier())
						.isEqualTo(expected);
					nextSequence.put(domain.getAggregateIdentifier(), expected + 1);
					positions.add(event.trackingToken().position().orElseThrow());
					token = event.trackingToken();
				}
				Thread.sleep(5);
			}
			pool.shutdown();
			assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
			for (Future<?> writer : writers) {
				writer.get();
			}

			assertThat(seen).hasSize((int) appended.get());
			assertThat(positions).isSorted().doesNotHaveDuplicates();
			assertThat(appended.get()).isGreaterThanOrEqualTo(WRITERS * COMMITS_PER_WRITER);
			assertThat(collections.commits().countDocuments(new org.bson.Document("tombstone", true)))
				.as("slow writers lost their first positions to readers")
				.isPositive();
		}
	}

	private static MongoEventStorageEngine engine(EventStoreCollections collections) {
		return TestEngines.builder(collections).gapTimeout(GRACE).beforeInsert(position -> pause()).build();
	}

	private static void pause() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long millis = (random.nextInt(100) == 0) ? GRACE.toMillis() * 2 : random.nextInt(3);
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void write(MongoEventStorageEngine engine, int writer, AtomicLong appended) {
		long[] sequences = new long[AGGREGATES_PER_WRITER];
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int commit = 0; commit < COMMITS_PER_WRITER; commit++) {
			int aggregate = random.nextInt(AGGREGATES_PER_WRITER);
			int size = 1 + random.nextInt(3);
			List<DomainEventMessage<?>> events = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				events.add(event("w" + writer + "-a" + aggregate, sequences[aggregate]++));
			}
			engine.appendEvents(events);
			appended.addAndGet(size);
		}
	}

	private static boolean allDone(List<Future<?>> writers) {
		return writers.stream().allMatch(Future::isDone);
	}

	private static DomainEventMessage<UnitRegistered> event(String aggregateId, long sequence) {
		return new GenericDomainEventMessage<>("AdministrativeUnit", aggregateId, sequence, new UnitRegistered(
				aggregateId, "03390", "Bình Lư", UnitType.COMMUNE, null, LocalDate.of(2025, 7, 1), "1670/NQ-UBTVQH15"));
	}

}
