package vn.cadre.assignments.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadre.assignments.eventstore.EventStoreCollections;
import vn.cadre.assignments.eventstore.StoredEvent;
import vn.cadre.assignments.eventstore.StoredEvents;
import vn.cadre.kernel.chain.ChainDigest;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sealing and verification over commits written as the event store writes them: commits
 * of several events, declared gaps, windows that end inside a commit, redeliveries, a
 * history older than the chain, and the intruders a digest must catch.
 */
class ChainVerifierTest {

	private MongoClient mongo;

	private MongoDatabase database;

	private MongoCollection<Document> commits;

	private StoredEvents stored;

	private ChainStore chain;

	private ChainSealer sealer;

	private ChainVerifier verifier;

	@BeforeEach
	void store() {
		this.mongo = MongoClients.create(TestInfrastructure.mongoUri());
		this.database = this.mongo.getDatabase("chain_" + UUID.randomUUID().toString().substring(0, 8));
		EventStoreCollections collections = EventStoreCollections.in(this.database);
		this.commits = collections.commits();
		this.stored = new StoredEvents(collections);
		this.chain = new ChainStore(this.database);
		this.sealer = new ChainSealer(this.stored, this.chain, Clock.systemUTC());
		this.verifier = new ChainVerifier(new StoredEvents(collections), this.chain);
	}

	@AfterEach
	void close() {
		this.database.drop();
		this.mongo.close();
	}

	@Test
	void commitsOfSeveralEvents_withGaps_verifyAgainAndAgain_andReadWhole() {
		long last = write(1, 1500, 3, 7);
		sealAll(last);

		for (int round = 0; round < 2; round++) {
			ChainVerification result = this.verifier.verify(1, null, List.of());
			assertThat(result.status()).as(result.reason()).isEqualTo(ChainVerification.Status.INTACT);
			assertThat(result.through()).isEqualTo(last);
			assertThat(result.eventsChecked()).isEqualTo(events(last));
			assertThat(this.stored.read(501, 10_000)).as("a read that starts inside a commit, round " + round)
				.hasSize((int) events(last) - countBelow(501));
		}
		assertThat(this.verifier.verify(700, 900L, List.of()).status()).isEqualTo(ChainVerification.Status.INTACT);
	}

	@Test
	void aSealWhoseHeadWasLost_isFoundOnRedelivery_andTheChainGoesOn() {
		long last = write(1, 30, 2, 0);
		sealAll(20);
		ChainStore.Seal sealed = this.chain.at(20).orElseThrow();
		// As if the process died between the seal and the head.
		this.database.getCollection("chain_head")
			.replaceOne(Filters.eq("_id", "head"), new Document("_id", "head").append("position", 19)
				.append("hash", this.chain.at(19).orElseThrow().hash()));

		assertThat(this.sealer.seal(20)).isEqualTo(sealed);
		for (long p = 21; p <= last; p++) {
			this.sealer.seal(p);
		}

		assertThat(this.verifier.verify(1, null, List.of()).status()).isEqualTo(ChainVerification.Status.INTACT);
	}

	@Test
	void twoPublishers_takingTurns_sealOneChain_theSecondFindingTheFirstsSeals() {
		long last = write(1, 40, 1, 0);
		ChainSealer other = new ChainSealer(this.stored, this.chain, Clock.systemUTC());
		for (long p = 1; p <= 10; p++) {
			this.sealer.seal(p);
		}
		List<ChainStore.Seal> byOther = new ArrayList<>();
		for (long p = 11; p <= 20; p++) {
			byOther.add(other.seal(p));
		}

		// the first takes the publisher back from a token the other never saved
		List<ChainStore.Seal> again = new ArrayList<>();
		for (long p = 11; p <= last; p++) {
			ChainStore.Seal seal = this.sealer.seal(p);
			if (p <= 20) {
				again.add(seal);
			}
		}

		assertThat(again).isEqualTo(byOther);
		assertThat(this.chain.head().position()).isEqualTo(last);
		assertThat(this.verifier.verify(1, null, List.of()).status()).isEqualTo(ChainVerification.Status.INTACT);
	}

	@Test
	void aHeadMovedBehindTheSealersBack_isFollowed_asARestartedSealerWould() {
		write(1, 30, 1, 0);
		sealAll(20);
		// as after a restore of an older backup: the last two events, their seals and the
		// head are gone
		for (long p = 19; p <= 20; p++) {
			this.commits.deleteOne(Filters.eq("_id", p));
			this.database.getCollection("event_chain").deleteOne(Filters.eq("_id", p));
		}
		this.database.getCollection("chain_head")
			.replaceOne(Filters.eq("_id", "head"), new Document("_id", "head").append("position", 18)
				.append("hash", this.chain.at(18).orElseThrow().hash()));

		ChainStore.Seal next = this.sealer.seal(21);

		assertThat(next.previousPosition()).as("chained from the head, not from the seal in memory").isEqualTo(18);
		assertThat(next.previous()).isEqualTo(this.chain.at(18).orElseThrow().hash());
	}

	@Test
	void batches_sealExactlyAsOnePositionAtATime_overCommitsGapsAndAHistoryOlderThanTheChain() {
		long last = write(1, 700, 3, 5);
		List<Long> positions = this.stored.read(1, Integer.MAX_VALUE)
			.stream()
			.map(StoredEvent::position)
			.filter((p) -> p > 40)
			.toList();
		MongoDatabase other = this.mongo.getDatabase(this.database.getName() + "_one");
		ChainStore oneByOne = new ChainStore(other);
		ChainSealer single = new ChainSealer(this.stored, oneByOne, Clock.systemUTC());

		List<ChainStore.Seal> batched = new ArrayList<>();
		for (int from = 0; from < positions.size(); from += 97) {
			batched.addAll(this.sealer.seal(positions.subList(from, Math.min(from + 97, positions.size()))));
		}
		try {
			assertThat(batched).isEqualTo(positions.stream().map(single::seal).toList());
			assertThat(this.chain.window(1, last + 1)).isEqualTo(oneByOne.window(1, last + 1));
		}
		finally {
			other.drop();
		}
		long lastEvent = positions.get(positions.size() - 1);
		assertThat(this.chain.head())
			.isEqualTo(new ChainStore.Head(lastEvent, this.chain.at(lastEvent).orElseThrow().hash()));
		assertThat(this.verifier.verify(1, null, List.of()).status()).isEqualTo(ChainVerification.Status.INTACT);
	}

	@Test
	void aBatchWhoseHeadWasLost_isFoundOnRedelivery_andTheNextBatchGoesOn() {
		long last = write(1, 60, 2, 0);
		List<ChainStore.Seal> first = this.sealer.seal(range(1, 30));
		// As if the process died after the links were written and before the head.
		this.database.getCollection("chain_head").deleteOne(Filters.eq("_id", "head"));

		assertThat(this.sealer.seal(range(1, 30))).isEqualTo(first);
		this.sealer.seal(range(31, last));

		assertThat(this.chain.head().position()).isEqualTo(last);
		assertThat(this.verifier.verify(1, null, List.of()).status()).isEqualTo(ChainVerification.Status.INTACT);
	}

	@Test
	void twoPublishers_takingTurnsWithBatches_sealOneChain_theSecondFindingTheFirstsSeals() {
		long last = write(1, 50, 1, 0);
		ChainSealer other = new ChainSealer(this.stored, this.chain, Clock.systemUTC());
		this.sealer.seal(range(1, 10));
		List<ChainStore.Seal> byOther = other.seal(range(11, 20));

		// the first resumes from a token the other never saved: a batch half sealed
		List<ChainStore.Seal> again = this.sealer.seal(range(11, 35));

		assertThat(again.subList(0, 10)).isEqualTo(byOther);
		assertThat(again.get(10).previous()).isEqualTo(byOther.get(9).hash());
		other.seal(range(36, last));
		assertThat(this.chain.head().position()).isEqualTo(last);
		assertThat(this.verifier.verify(1, null, List.of()).status()).isEqualTo(ChainVerification.Status.INTACT);
	}

	@Test
	void aBatchAfterAHeadMovedBehindTheSealersBack_chainsFromTheHead() {
		write(1, 30, 1, 0);
		this.sealer.seal(range(1, 20));
		for (long p = 19; p <= 20; p++) {
			this.commits.deleteOne(Filters.eq("_id", p));
			this.database.getCollection("event_chain").deleteOne(Filters.eq("_id", p));
		}
		this.database.getCollection("chain_head")
			.replaceOne(Filters.eq("_id", "head"), new Document("_id", "head").append("position", 18)
				.append("hash", this.chain.at(18).orElseThrow().hash()));

		List<ChainStore.Seal> next = this.sealer.seal(range(21, 25));

		assertThat(next.get(0).previousPosition()).as("chained from the head, not from the last batch").isEqualTo(18);
		assertThat(next.get(0).previous()).isEqualTo(this.chain.at(18).orElseThrow().hash());
	}

	@Test
	void aBatchArrivingBehindTheHeadWithoutSeals_isRefused() {
		write(1, 20, 1, 0);
		this.sealer.seal(range(1, 10));
		this.database.getCollection("event_chain").deleteMany(Filters.gte("_id", 6L));

		assertThatThrownBy(() -> this.sealer.seal(range(6, 12))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Position 6 arrived after the chain's head 10");
		assertThat(this.chain.at(11)).as("nothing of the batch written").isEmpty();
	}

	@Test
	void aHistoryOlderThanTheChain_isSealedBeforeTheFirstNewEvent() {
		long last = write(1, 12, 3, 0);

		this.sealer.seal(last);

		ChainVerification result = this.verifier.verify(1, null, List.of());
		assertThat(result.status()).isEqualTo(ChainVerification.Status.INTACT);
		assertThat(result.eventsChecked()).isEqualTo(last);
	}

	@Test
	void aTailCut_andNewEventsSealedAfterIt_isCaughtByTheDigestTakenBefore() {
		long last = write(1, 40, 1, 0);
		sealAll(last);
		ChainDigest before = digest(last);
		for (long p = last - 4; p <= last; p++) {
			this.commits.deleteOne(Filters.eq("_id", p));
			this.database.getCollection("event_chain").deleteOne(Filters.eq("_id", p));
		}
		ChainStore.Seal kept = this.chain.at(last - 5).orElseThrow();
		this.database.getCollection("chain_head")
			.replaceOne(Filters.eq("_id", "head"),
					new Document("_id", "head").append("position", kept.position()).append("hash", kept.hash()));
		long next = write(last + 1, last + 3, 1, 0);
		sealAll(next);
		ChainDigest after = digest(next);

		ChainVerification result = this.verifier.verify(1, null, List.of(before, after));

		assertThat(result.status()).isNotEqualTo(ChainVerification.Status.INTACT);
		assertThat(result.firstBrokenPosition()).isEqualTo(last - 4);
	}

	@Test
	void aRewriteWithTheChainHashedAgain_isCaughtAtTheDigestTakenBefore() {
		long last = write(1, 30, 1, 0);
		sealAll(last);
		ChainDigest before = digest(25);
		Document commit = this.commits.find(Filters.eq("_id", 5L)).first();
		commit.getList("events", Document.class).get(0).put("payload", "{\"name\":\"Xã khác\"}");
		this.commits.replaceOne(Filters.eq("_id", 5L), commit);
		this.database.getCollection("event_chain").deleteMany(Filters.gte("_id", 5L));
		ChainStore.Seal fourth = this.chain.at(4).orElseThrow();
		this.database.getCollection("chain_head")
			.replaceOne(Filters.eq("_id", "head"),
					new Document("_id", "head").append("position", 4L).append("hash", fourth.hash()));
		sealAll(last);

		assertThat(this.verifier.verify(1, null, List.of()).status()).as("the chain alone agrees with itself")
			.isEqualTo(ChainVerification.Status.INTACT);
		ChainVerification result = this.verifier.verify(1, null, List.of(before));
		assertThat(result.status()).isEqualTo(ChainVerification.Status.BROKEN);
		assertThat(result.firstBrokenPosition()).isEqualTo(25);
	}

	private void sealAll(long last) {
		for (StoredEvent event : this.stored.read(1, Integer.MAX_VALUE)) {
			if (event.position() <= last) {
				this.sealer.seal(event.position());
			}
		}
	}

	private static List<Long> range(long from, long to) {
		return java.util.stream.LongStream.rangeClosed(from, to).boxed().toList();
	}

	private ChainDigest digest(long position) {
		return new ChainDigest(position, this.chain.at(position).orElseThrow().hash(), Instant.now());
	}

	/**
	 * Commits of {@code perCommit} events from {@code first} to {@code last}; every
	 * {@code gapEvery}-th commit position is a declared gap instead. Answers the last
	 * position.
	 */
	private long write(long first, long last, int perCommit, int gapEvery) {
		long position = first;
		int commit = 0;
		while (position <= last) {
			commit++;
			if (gapEvery > 0 && commit % gapEvery == 0) {
				this.commits.insertOne(new Document("_id", position).append("last", position)
					.append("tombstone", true)
					.append("committedAt", new Date())
					.append("events", List.of()));
				position++;
				continue;
			}
			List<Document> events = new ArrayList<>();
			long start = position;
			for (int i = 0; i < perCommit && position <= last; i++, position++) {
				events.add(new Document("eventId", "e-" + position).append("timestamp", "2025-07-01T00:00:00Z")
					.append("payloadType", "vn.cadre.kernel.unit.UnitRenamed")
					.append("revision", null)
					.append("payload", "{\"name\":\"Xã " + position + "\"}")
					.append("metaData", "{\"actor\":\"can-bo-07\"}")
					.append("aggregateType", "AdministrativeUnit")
					.append("aggregateId", "u-" + start)
					.append("sequence", (long) i)
					.append("position", position));
			}
			this.commits.insertOne(new Document("_id", start).append("last", position - 1)
				.append("committedAt", new Date())
				.append("streams",
						events.stream().map((e) -> e.getString("aggregateId") + "#" + e.get("sequence")).toList())
				.append("events", events));
		}
		return last;
	}

	private long events(long last) {
		return this.stored.read(1, Integer.MAX_VALUE).stream().filter((e) -> e.position() <= last).count();
	}

	private int countBelow(long position) {
		return (int) this.stored.read(1, Integer.MAX_VALUE).stream().filter((e) -> e.position() < position).count();
	}

}
