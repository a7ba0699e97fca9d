package vn.cadre.reporting.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadre.kernel.EventWire;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.reporting.projection.Changes;
import vn.cadre.reporting.projection.EventDecoder;
import vn.cadre.reporting.projection.Projection;
import vn.cadre.reporting.projection.ReadModels;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild's chunks on the in-process MongoDB server: polls are held until a chunk is
 * full or written, and a chunk that fails is applied again from what is stored, so the
 * events it held before the failing one are not lost with it.
 */
class ReplayBatchesTest {

	private static final EventDecoder DECODER = new EventDecoder(
			new ObjectMapper().registerModule(new JavaTimeModule()));

	private MongoClient client;

	private ReadModels target;

	@BeforeEach
	void database() {
		this.client = MongoClients.create(TestInfrastructure.mongoUri());
		this.target = ReadModels.of(this.client.getDatabase("replay_" + UUID.randomUUID().toString().substring(0, 8)));
	}

	@AfterEach
	void close() {
		this.client.close();
	}

	@Test
	void pollsAreHeldInOneChunk_untilItIsFullOrWritten() {
		ReplayBatches batches = new ReplayBatches(List.of(new Tally()), DECODER, 10, 50);
		AtomicLong skipped = new AtomicLong();

		batches.apply(records(0, 20, -1), this.target, skipped, new HashMap<>(), null);
		batches.apply(records(20, 20, -1), this.target, skipped, new HashMap<>(), null);
		assertThat(tallied().countDocuments()).isZero();

		batches.apply(records(40, 20, -1), this.target, skipped, new HashMap<>(), null);
		assertThat(tallied().countDocuments()).isEqualTo(60);

		batches.apply(records(60, 5, -1), this.target, skipped, new HashMap<>(), null);
		assertThat(tallied().countDocuments()).isEqualTo(60);
		batches.write();
		assertThat(tallied().countDocuments()).isEqualTo(65);
		assertThat(skipped).hasValue(0);
	}

	@Test
	void aChunkThatFails_isAppliedAgainFromWhatIsStored_skippingOnlyTheEventThatFailsAlone() {
		ReplayBatches batches = new ReplayBatches(List.of(new Tally()), DECODER, 10, 100);
		AtomicLong skipped = new AtomicLong();

		batches.apply(records(0, 20, -1), this.target, skipped, new HashMap<>(), null);
		batches.apply(records(20, 20, -1), this.target, skipped, new HashMap<>(), null);
		batches.apply(records(40, 20, 45), this.target, skipped, new HashMap<>(), null);
		batches.write();

		List<String> ids = new ArrayList<>();
		tallied().find().forEach(document -> ids.add(document.getString("_id")));
		assertThat(ids).hasSize(59).doesNotContain("e-45").contains("e-0", "e-39", "e-44", "e-46", "e-59");
		assertThat(skipped).hasValue(1);
	}

	private MongoCollection<Document> tallied() {
		return this.target.collection("tallied", collection -> {
		});
	}

	/**
	 * Records of the event topic's one partition from {@code offset}; the one at
	 * {@code poison} carries a unit the read model cannot apply.
	 */
	private static List<ConsumerRecord<String, String>> records(int offset, int count, int poison) {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		for (int i = offset; i < offset + count; i++) {
			ConsumerRecord<String, String> record = new ConsumerRecord<>("cadre.events", 0, i, "u-" + i,
					envelope(i, (i == poison) ? "poison" : "Xã " + i));
			record.headers().add(EventWire.HEADER_POSITION, String.valueOf(i + 1).getBytes(StandardCharsets.UTF_8));
			records.add(record);
		}
		return records;
	}

	private static String envelope(int index, String name) {
		return """
				{"eventId":"e-%d","type":"%s","revision":"2","position":%d,"aggregateType":"AdministrativeUnit",
				 "aggregateId":"u-%d","sequence":0,"recordedAt":"2026-01-05T08:00:00Z","metaData":{"actor":"can-bo-07"},
				 "payload":{"unitId":"u-%d","code":"%05d","name":"%s","type":"COMMUNE","parentId":null,
				            "establishedOn":"2025-07-01","legalBasis":"1670/NQ-UBTVQH15"}}
				""".formatted(index, UnitRegistered.class.getName(), index + 1, index, index, index, name);
	}

	/** One document per event; a unit named "poison" fails to apply. */
	private static final class Tally implements Projection {

		@Override
		public String name() {
			return "tally";
		}

		@Override
		public void apply(PublishedEvent event, Changes changes) {
			if (((UnitRegistered) event.payload()).name().equals("poison")) {
				throw new IllegalStateException("cannot apply " + event.eventId());
			}
			changes.putNew(changes.target().collection("tallied", collection -> {
			}), new Document("_id", event.eventId()));
		}

	}

}
