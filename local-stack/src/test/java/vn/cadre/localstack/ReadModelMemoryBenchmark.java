package vn.cadre.localstack;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static com.mongodb.client.model.Filters.eq;

/**
 * What a read model's documents cost the heap of the server that holds them: entries of
 * the audit log's shape inserted into mongo-java-server's memory backend as it comes and
 * into {@link ReadModelBackend}, each measured after full collections, with the time the
 * inserts took and the rate of replacing grown unit documents. Prints figures; asserts
 * nothing.
 */
@Tag("benchmark")
class ReadModelMemoryBenchmark {

	private static final int DOCUMENTS = Integer.getInteger("benchmark.documents", 200_000);

	@Test
	void heapPerDocument_againstTheMemoryBackend() throws Exception {
		long bson = 0;
		for (Document entry : entries(1000, new Random(7))) {
			bson += RawBsonDocument.parse(entry.toJson()).getByteBuffer().remaining();
		}
		// a first pass of each warms the JIT, so neither backend pays for it alone
		measure(new MemoryBackend(), DOCUMENTS / 10);
		measure(new ReadModelBackend(), DOCUMENTS / 10);
		Measured stock = measure(new MemoryBackend(), DOCUMENTS);
		Measured ours = measure(new ReadModelBackend(), DOCUMENTS);
		System.out
			.printf("%n| backend | heap per document (bytes) | inserts/s | replacements of grown unit documents/s |%n"
					+ "|---|---|---|---|%n");
		System.out.printf("| memory backend as it comes (baseline) | %,.0f | %,.0f | %,.0f |%n", stock.bytesPerDocument,
				stock.insertsPerSecond, stock.replacementsPerSecond);
		System.out.printf("| `ReadModelBackend` | %,.0f (%.2fx) | %,.0f (%.2fx) | %,.0f (%.2fx) |%n",
				ours.bytesPerDocument, ours.bytesPerDocument / stock.bytesPerDocument, ours.insertsPerSecond,
				ours.insertsPerSecond / stock.insertsPerSecond, ours.replacementsPerSecond,
				ours.replacementsPerSecond / stock.replacementsPerSecond);
		System.out.printf("| the same documents as BSON | %,d | | |%n", bson / 1000);
	}

	private static Measured measure(MongoBackend backend, int documents) throws InterruptedException {
		MongoServer server = new MongoServer(backend);
		InetSocketAddress address = server.bind();
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
			MongoCollection<Document> log = client.getDatabase("read_models").getCollection("audit_log");
			log.insertOne(new Document("_id", "warm-up"));
			Random random = new Random(2025);
			long before = ReadSideBenchmark.heapAfterCollections();
			long start = System.nanoTime();
			for (int done = 0; done < documents; done += 1000) {
				log.insertMany(entries(Math.min(1000, documents - done), random));
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long after = ReadSideBenchmark.heapAfterCollections();
			return new Measured((after - before) / (double) documents, documents / seconds, replacementsPerSecond(
					client.getDatabase("read_models").getCollection("mandate_units"), documents / 20));
		}
		finally {
			server.shutdown();
		}
	}

	/**
	 * Unit documents of {@code mandate_units}'s shape, each replaced by one with another
	 * line several times over, as catch-up chunks write them: replacements per second.
	 */
	private static double replacementsPerSecond(MongoCollection<Document> units, int replacements) {
		int count = 1000;
		List<List<String>> lines = new ArrayList<>();
		for (int unit = 0; unit < count; unit++) {
			List<String> current = new ArrayList<>();
			for (int line = 0; line < 40; line++) {
				current.add(line(unit, line));
			}
			lines.add(current);
			units.insertOne(unitDocument(unit, current));
		}
		long start = System.nanoTime();
		for (int done = 0; done < replacements; done += count) {
			List<WriteModel<Document>> writes = new ArrayList<>();
			for (int unit = 0; unit < count; unit++) {
				lines.get(unit).add(line(unit, lines.get(unit).size()));
				writes.add(new ReplaceOneModel<>(eq("_id", "xa-" + unit), unitDocument(unit, lines.get(unit)),
						new ReplaceOptions().upsert(true)));
			}
			units.bulkWrite(writes, new BulkWriteOptions().ordered(false));
		}
		return replacements / ((System.nanoTime() - start) / 1e9);
	}

	private static String line(int unit, int line) {
		return "mm-" + unit + "-" + line + "\u001f" + "PARTY_SECRETARY\u001fcan-bo-" + (unit * 7 + line)
				+ "\u001f2021-05-23\u001f2026-05-31\u001fNON_LOCAL\u001fquê quán tại xã khác\u001f1670/NQ-UBTVQH15";
	}

	private static Document unitDocument(int unit, List<String> current) {
		return new Document("_id", "xa-" + unit).append("current", current)
			.append("past", List.of())
			.append("others", List.of())
			.append("holdings", List.of("can-bo-" + unit + "\u001fPARTY_SECRETARY"))
			.append("lastRecordedAt", new Date())
			.append("firstDay", "2015-01-01")
			.append("lastDay", "9999-12-31");
	}

	/** Audit entries of mandate events: ids that never recur, names and codes that do. */
	private static List<Document> entries(int count, Random random) {
		List<Document> entries = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String unit = "xa-" + random.nextInt(10_000);
			String person = "can-bo-" + random.nextInt(50_000);
			Document payload = new Document("mandateId", UUID.randomUUID().toString()).append("unitId", unit)
				.append("postCode", "PARTY_SECRETARY")
				.append("personId", person)
				.append("from", "2021-05-" + (10 + random.nextInt(20)))
				.append("until", null)
				.append("locality", "LOCAL")
				.append("localityBasis", "quê quán tại xã")
				.append("legalBasis", "1670/NQ-UBTVQH15")
				.append("concurrentWith", List.of());
			Document metadata = new Document("actor", "can-bo-07").append("commandId", UUID.randomUUID().toString())
				.append("reason", null)
				.append("legalBasis", "1670/NQ-UBTVQH15")
				.append("correlationId", UUID.randomUUID().toString())
				.append("causationId", UUID.randomUUID().toString());
			String eventId = UUID.randomUUID().toString();
			entries.add(new Document("_id", eventId).append("position", random.nextLong())
				.append("eventId", eventId)
				.append("type", "PositionAssigned")
				.append("typeName", "vn.cadre.kernel.mandate.PositionAssigned")
				.append("revision", "1")
				.append("aggregateType", "AdministrativeUnit")
				.append("aggregateId", unit)
				.append("sequence", (long) random.nextInt(300))
				.append("recordedAt", new Date())
				.append("recordedAtExact", "2026-01-01T00:00:00.123456Z")
				.append("metadata", metadata)
				.append("legalBasis", "1670/NQ-UBTVQH15")
				.append("payload", payload)
				.append("unitIds", List.of(unit))
				.append("personIds", List.of(person))
				.append("validFrom", "2021-05-23")
				.append("validUntil", null));
		}
		return entries;
	}

	private record Measured(double bytesPerDocument, double insertsPerSecond, double replacementsPerSecond) {

	}

}
