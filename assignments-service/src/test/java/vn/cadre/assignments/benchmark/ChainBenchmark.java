package vn.cadre.assignments.benchmark;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.cadre.assignments.audit.ChainSealer;
import vn.cadre.assignments.audit.ChainStore;
import vn.cadre.assignments.audit.ChainVerification;
import vn.cadre.assignments.audit.ChainVerifier;
import vn.cadre.assignments.eventstore.EventStoreCollections;
import vn.cadre.assignments.eventstore.StoredEvent;
import vn.cadre.assignments.eventstore.StoredEvents;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the hash chain costs: sealing (as the publisher does, one position at a time) and
 * verifying a whole history, each against reading the same stored events in the same run.
 * Run on demand: {@code -Dtest=ChainBenchmark -Dgroups=benchmark -Dcadre.excludedGroups=}
 * (size: {@code -Dbenchmark.events=100000}).
 */
@Tag("benchmark")
class ChainBenchmark {

	private static final int EVENTS = Integer.getInteger("benchmark.events", 100_000);

	@Test
	void sealingAndVerifying_againstReadingTheSameEvents() {
		try (MongoClient mongo = MongoClients.create(TestInfrastructure.mongoUri())) {
			MongoDatabase database = mongo.getDatabase("chain_bench_" + UUID.randomUUID().toString().substring(0, 8));
			EventStoreCollections collections = EventStoreCollections.in(database);
			long last = write(collections.commits());
			StoredEvents stored = new StoredEvents(collections);
			ChainStore chain = new ChainStore(database);
			ChainSealer sealer = new ChainSealer(stored, chain, Clock.systemUTC());

			// The first pass warms the JIT and the server's caches; the baseline is the
			// faster
			// of a pass before sealing and one after verifying, so the ratios are not
			// flattered
			// by a cold or a collected-out read.
			readAll(new StoredEvents(collections), last);
			long start = System.nanoTime();
			long read = readAll(new StoredEvents(collections), last);
			double readRate = read / seconds(start);

			start = System.nanoTime();
			for (long position = 1; position <= last; position++) {
				sealer.seal(position);
			}
			double sealRate = last / seconds(start);

			start = System.nanoTime();
			ChainVerification result = new ChainVerifier(new StoredEvents(collections), chain).verify(1, null,
					List.of());
			double verifyRate = result.eventsChecked() / seconds(start);

			start = System.nanoTime();
			long readAgain = readAll(new StoredEvents(collections), last);
			readRate = Math.max(readRate, readAgain / seconds(start));

			assertThat(result.intact()).isTrue();
			assertThat(read).isEqualTo(last);
			assertThat(readAgain).isEqualTo(last);
			System.out.printf("%nHash chain benchmark: %,d events in commits of 1-3, server %s%n", last,
					TestInfrastructure.mongoUri().contains("127.0.0.1") ? "in-process" : "external");
			System.out.printf("%-46s %12.0f events/s%n", "read stored events (baseline)", readRate);
			System.out.printf("%-46s %12.0f events/s   %6.2fx of reading%n", "seal, one position at a time", sealRate,
					sealRate / readRate);
			System.out.printf("%-46s %12.0f events/s   %6.2fx of reading%n%n", "verify the whole chain", verifyRate,
					verifyRate / readRate);
			database.drop();
		}
	}

	private static long write(MongoCollection<Document> commits) {
		long position = 1;
		List<Document> batch = new ArrayList<>();
		while (position <= EVENTS) {
			int size = (int) (position % 3) + 1;
			long first = position;
			List<Document> events = new ArrayList<>();
			for (int i = 0; i < size && position <= EVENTS; i++, position++) {
				events.add(new Document("eventId", "e-" + position).append("timestamp", "2025-07-01T00:00:00Z")
					.append("payloadType", "vn.cadre.kernel.unit.UnitRenamed")
					.append("revision", "1")
					.append("payload",
							"{\"unitId\":\"u-" + first + "\",\"name\":\"Xã " + position
									+ "\",\"effectiveOn\":\"2025-07-01\",\"legalBasis\":\"1670/NQ-UBTVQH15\"}")
					.append("metaData", "{\"actor\":\"can-bo-07\",\"commandId\":\"c-" + first + "\"}")
					.append("aggregateType", "AdministrativeUnit")
					.append("aggregateId", "u-" + first)
					.append("sequence", (long) i)
					.append("position", position));
			}
			batch.add(new Document("_id", first).append("last", position - 1)
				.append("committedAt", new Date())
				.append("events", events));
			if (batch.size() == 1000) {
				commits.insertMany(batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			commits.insertMany(batch);
		}
		return EVENTS;
	}

	private static long readAll(StoredEvents stored, long last) {
		long read = 0;
		for (long position = 1; position <= last;) {
			List<StoredEvent> batch = stored.read(position, 500);
			if (batch.isEmpty()) {
				break;
			}
			read += batch.size();
			position = batch.get(batch.size() - 1).position() + 1;
		}
		return read;
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

}
