package vn.cadre.reporting.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.cadre.kernel.CadreEvent;
import vn.cadre.kernel.EventMetadata;
import vn.cadre.kernel.EventRevision;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.briefing.BriefingRecorded;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.reporting.audit.AuditLogProjections;
import vn.cadre.reporting.briefings.BriefingProjections;
import vn.cadre.reporting.mandates.MandateHistoryProjection;
import vn.cadre.reporting.projection.Changes;
import vn.cadre.reporting.projection.Projection;
import vn.cadre.reporting.projection.ReadModels;
import vn.cadre.reporting.units.UnitRegisterProjection;
import vn.cadre.support.testing.TestInfrastructure;

/**
 * What applying events costs the read models, without Kafka or HTTP: a synthetic history
 * (units, mandates assigned and ended, briefings) applied by every projection in polls of
 * {@code benchmark.batch}, written every {@code benchmark.chunk} events (a catch-up) and
 * every poll, and one by one; against the bulk-insert rate of the same MongoDB server for
 * the same documents, the ceiling of what the writes can reach. Prints figures; asserts
 * nothing.
 */
@Tag("benchmark")
class ProjectionBenchmark {

	private static final int EVENTS = Integer.getInteger("benchmark.events", 100_000);

	private static final int BATCH = Integer.getInteger("benchmark.batch", 1000);

	private static final int CHUNK = Integer.getInteger("benchmark.chunk", 10_000);

	private static final int ONE_BY_ONE = Integer.getInteger("benchmark.oneByOne", 3000);

	@Test
	void applyingEvents_againstBulkInserts() {
		List<PublishedEvent> events = history(EVENTS, new Random(7));
		try (MongoClient client = MongoClients.create(TestInfrastructure.mongoUri())) {
			List<Projection> projections = List.of(new UnitRegisterProjection(), new MandateHistoryProjection(),
					AuditLogProjections.of(json()), BriefingProjections.of());

			MongoDatabase perPoll = database(client, "bench_per_poll_");
			double perPollSeconds = applyInChunks(events, projections, perPoll, BATCH);
			MongoDatabase chunked = database(client, "bench_chunked_");
			double chunkedSeconds = applyInChunks(events, projections, chunked, CHUNK);
			long documents = 0;
			for (String name : chunked.listCollectionNames()) {
				documents += chunked.getCollection(name).countDocuments();
			}

			MongoDatabase single = database(client, "bench_single_");
			long start = System.nanoTime();
			for (PublishedEvent event : events.subList(0, Math.min(ONE_BY_ONE, events.size()))) {
				projections.forEach(projection -> projection.apply(event, ReadModels.of(single)));
			}
			double singleSeconds = (System.nanoTime() - start) / 1e9;

			double sameDocumentsSeconds = copyWithInsertMany(chunked, database(client, "bench_copy_"));
			double smallDocumentsSeconds = insertSmallDocuments(database(client, "bench_raw_"), documents);

			double chunkedRate = events.size() / chunkedSeconds;
			double perPollRate = events.size() / perPollSeconds;
			double singleRate = Math.min(ONE_BY_ONE, events.size()) / singleSeconds;
			double writeRate = documents / chunkedSeconds;
			System.out.printf("%n| measure | value | baseline (same run) | ratio |%n|---|---|---|---|%n");
			System.out.printf(
					"| events applied by the 4 read models, polls of %,d written every %,d events (events/s) | %,.0f | written every poll: %,.0f | %.2fx |%n",
					BATCH, CHUNK, chunkedRate, perPollRate, chunkedRate / perPollRate);
			System.out.printf("| same | %,.0f | one event at a time: %,.0f | %.1fx |%n", chunkedRate, singleRate,
					chunkedRate / singleRate);
			System.out.printf(
					"| documents the read models hold (%,d) per second of applying | %,.0f | `insertMany` of the same documents: %,.0f/s | %.2fx |%n",
					documents, writeRate, documents / sameDocumentsSeconds,
					writeRate * sameDocumentsSeconds / documents);
			System.out.printf("| same | %,.0f | `insertMany` of as many small documents: %,.0f/s | %.2fx |%n",
					writeRate, documents / smallDocumentsSeconds, writeRate * smallDocumentsSeconds / documents);
		}
	}

	/**
	 * Applies the history in polls of {@link #BATCH}, as the consumers get it, writing
	 * every {@code chunk} events; prints each read model's share.
	 */
	private static double applyInChunks(List<PublishedEvent> events, List<Projection> projections,
			MongoDatabase database, int chunk) {
		Map<String, Long> nanosPerModel = new LinkedHashMap<>();
		Map<String, Changes> open = new HashMap<>();
		long start = System.nanoTime();
		for (int from = 0; from < events.size(); from += BATCH) {
			List<PublishedEvent> poll = events.subList(from, Math.min(events.size(), from + BATCH));
			boolean write = (from + BATCH) % chunk == 0 || from + BATCH >= events.size();
			for (Projection projection : projections) {
				long began = System.nanoTime();
				Changes changes = open.computeIfAbsent(projection.name(), name -> new Changes(ReadModels.of(database)));
				projection.applyAll(poll, changes);
				if (write) {
					changes.flush();
					open.remove(projection.name());
				}
				nanosPerModel.merge(projection.name(), System.nanoTime() - began, Long::sum);
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("written every %,d events: %.1f s (%s)%n", chunk, seconds,
				nanosPerModel.entrySet()
					.stream()
					.map(entry -> String.format("%s %.1f s", entry.getKey(), entry.getValue() / 1e9))
					.collect(Collectors.joining(", ")));
		return seconds;
	}

	/** The server's ceiling for these documents: each written once, in bulk. */
	private static double copyWithInsertMany(MongoDatabase from, MongoDatabase to) {
		Map<String, List<Document>> documents = new LinkedHashMap<>();
		for (String name : from.listCollectionNames()) {
			documents.put(name, from.getCollection(name).find().into(new ArrayList<>()));
		}
		long start = System.nanoTime();
		documents.forEach((name, all) -> {
			MongoCollection<Document> target = to.getCollection(name);
			for (int first = 0; first < all.size(); first += 1000) {
				target.insertMany(all.subList(first, Math.min(all.size(), first + 1000)));
			}
		});
		return (System.nanoTime() - start) / 1e9;
	}

	private static double insertSmallDocuments(MongoDatabase database, long documents) {
		MongoCollection<Document> raw = database.getCollection("documents");
		long start = System.nanoTime();
		List<Document> chunk = new ArrayList<>();
		for (long i = 0; i < documents; i++) {
			chunk.add(new Document("_id", "d-" + i).append("unitId", "u-" + (i % 10_000))
				.append("postCode", "PARTY_SECRETARY")
				.append("from", "2021-05-23")
				.append("position", i));
			if (chunk.size() == 1000) {
				raw.insertMany(chunk);
				chunk = new ArrayList<>();
			}
		}
		if (!chunk.isEmpty()) {
			raw.insertMany(chunk);
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static MongoDatabase database(MongoClient client, String prefix) {
		return client.getDatabase(prefix + UUID.randomUUID().toString().substring(0, 8));
	}

	private static ObjectMapper json() {
		return JsonMapper.builder().addModule(new JavaTimeModule()).build();
	}

	/** Units, then mandates assigned and ended in turn, with a briefing now and then. */
	private static List<PublishedEvent> history(int size, Random random) {
		List<PublishedEvent> events = new ArrayList<>();
		int units = Math.max(10, size / 80);
		long[] sequence = new long[units];
		for (int unit = 0; unit < units && events.size() < size; unit++) {
			events.add(event(events.size(), "u-" + unit, sequence[unit]++,
					new UnitRegistered("u-" + unit, String.format("%05d", unit), "Xã " + unit, UnitType.COMMUNE, null,
							LocalDate.of(2008, 1, 1), "nq")));
		}
		int[] open = new int[units];
		int mandate = 0;
		while (events.size() < size) {
			int unit = random.nextInt(units);
			String unitId = "u-" + unit;
			if (random.nextInt(20) == 0) {
				events.add(event(events.size(), unitId, sequence[unit]++, new BriefingRecorded("b-" + events.size(),
						unitId, LocalDate.of(2025, 7, 10), "Hội nghị", List.of("nq"), 40)));
			}
			else if (open[unit] > 0 && random.nextBoolean()) {
				events.add(event(events.size(), unitId, sequence[unit]++,
						new AssignmentEnded("m-" + unit + "-" + open[unit], unitId, LocalDate.of(2025, 6, 30),
								EndCause.TERM_ENDED, "nq", null)));
				open[unit] = 0;
			}
			else {
				open[unit] = ++mandate;
				events.add(event(events.size(), unitId, sequence[unit]++,
						new PositionAssigned("m-" + unit + "-" + mandate, unitId, "PARTY_SECRETARY",
								"p-" + random.nextInt(50_000), LocalDate.of(2021, 5, 23), null, Locality.LOCAL,
								"quê quán", "nq", List.of())));
			}
		}
		return events;
	}

	private static PublishedEvent event(long position, String unitId, long sequence, CadreEvent payload) {
		return new PublishedEvent(UUID.randomUUID().toString(), payload.getClass().getName(),
				payload.getClass().getAnnotation(EventRevision.class).value(), position + 1, "AdministrativeUnit",
				unitId, sequence, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(position),
				Map.of(EventMetadata.ACTOR, "can-bo-07"), payload);
	}

}
