package vn.cadre.assignments.upcasting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.cadre.assignments.eventstore.EventStoreCollections;
import vn.cadre.assignments.eventstore.MongoEventStorageEngine;
import vn.cadre.assignments.eventstore.TestEngines;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event stored at revision 1 (the approved v1 snapshot, name with its type word) is
 * read back as revision 2 by both paths out of the store: loading the aggregate and
 * tracking.
 */
class UnitRegisteredRevision1UpcasterTest {

	@Test
	void aStoredRevision1Event_isReadAsRevision2_withTheBareName() throws IOException {
		try (MongoClient client = MongoClients.create(TestInfrastructure.mongoUri())) {
			EventStoreCollections collections = EventStoreCollections
				.in(client.getDatabase("upcast_" + UUID.randomUUID().toString().substring(0, 8)));
			storeRevision1(collections, revision1Payload());
			MongoEventStorageEngine engine = engine(collections);

			UnitRegistered loaded = (UnitRegistered) engine.readEvents("unit-binh-lu").next().getPayload();
			List<UnitRegistered> tracked = engine.readEvents(null, false)
				.map(EventMessage::getPayload)
				.map(UnitRegistered.class::cast)
				.toList();

			assertThat(loaded.name()).isEqualTo("Bình Lư");
			assertThat(loaded.code()).isEqualTo("03390");
			assertThat(tracked).containsExactly(loaded);
		}
	}

	private static MongoEventStorageEngine engine(EventStoreCollections collections) {
		return TestEngines.builder(collections)
			.upcasterChain(new EventUpcasterChain(new UnitRegisteredRevision1Upcaster()))
			.build();
	}

	/**
	 * Writes the commit exactly as the store wrote revision-1 events, bypassing today's
	 * serializer.
	 */
	private static void storeRevision1(EventStoreCollections collections, String payload) {
		Document event = new Document("eventId", UUID.randomUUID().toString())
			.append("timestamp", Instant.parse("2026-01-05T08:00:00Z").toString())
			.append("payloadType", UnitRegistered.class.getName())
			.append("revision", "1")
			.append("payload", payload)
			.append("metaData", "{}")
			.append("aggregateType", "AdministrativeUnit")
			.append("aggregateId", "unit-binh-lu")
			.append("sequence", 0L)
			.append("position", 1L);
		collections.commits()
			.insertOne(new Document("_id", 1L).append("last", 1L)
				.append("committedAt", java.util.Date.from(Instant.parse("2026-01-05T08:00:00Z")))
				.append("events", List.of(event))
				.append("streams", List.of("unit-binh-lu#0")));
		collections.counters().insertOne(new Document("_id", "events").append("last", 1L));
	}

	private static String revision1Payload() throws IOException {
		try (InputStream in = UnitRegisteredRevision1UpcasterTest.class
			.getResourceAsStream("/event-contracts/UnitRegistered.v1.json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
