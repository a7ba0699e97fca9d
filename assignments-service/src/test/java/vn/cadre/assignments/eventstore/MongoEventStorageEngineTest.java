package vn.cadre.assignments.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MongoEventStorageEngineTest {

	private static final Duration GRACE = Duration.ofSeconds(10);

	private MongoServer server;

	private MongoClient client;

	private EventStoreCollections collections;

	private MovableClock clock;

	private MongoEventStorageEngine engine;

	@BeforeEach
	void start() {
		this.server = new MongoServer(new MemoryBackend());
		this.client = MongoClients.create("mongodb://" + hostAndPort(this.server.bind()));
		this.collections = EventStoreCollections.in(this.client.getDatabase("events_test"));
		this.clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
		this.engine = TestEngines.builder(this.collections).gapTimeout(GRACE).clock(this.clock).build();
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void eventsOfOneCommit_loadBackInOrder_andShareOneDocument() {
		this.engine.appendEvents(List.of(event("u1", 0), event("u1", 1), event("u2", 0)));

		assertThat(this.collections.commits().countDocuments()).isEqualTo(1);
		assertThat(this.engine.readEvents("u1").asStream().map(DomainEventMessage::getSequenceNumber))
			.containsExactly(0L, 1L);
		assertThat(((UnitRegistered) this.engine.readEvents("u2").next().getPayload()).unitId()).isEqualTo("u2");
	}

	@Test
	void aggregateLoad_followsTheAggregateAcrossCommits() {
		this.engine.appendEvents(List.of(event("u1", 0)));
		this.engine.appendEvents(List.of(event("other", 0)));
		this.engine.appendEvents(List.of(event("u1", 1), event("u1", 2)));

		assertThat(this.engine.readEvents("u1", 1).asStream().map(DomainEventMessage::getSequenceNumber))
			.containsExactly(1L, 2L);
		assertThat(this.engine.lastSequenceNumberFor("u1")).contains(2L);
		assertThat(this.engine.lastSequenceNumberFor("nobody")).isEmpty();
	}

	@Test
	void conflictingAppend_isRejected_andStoresNothing() {
		this.engine.appendEvents(List.of(event("u1", 0), event("u1", 1)));

		assertThatThrownBy(() -> this.engine.appendEvents(List.of(event("u2", 0), event("u1", 1))))
			.isInstanceOf(ConcurrencyException.class);
		assertThat(this.collections.commits().countDocuments()).isEqualTo(1);
		assertThat(this.engine.readEvents("u2").hasNext()).isFalse();
	}

	@Test
	void aUnitOfWork_learnsThePositionOfTheLastEventItStored_onItsRoot() {
		this.engine.appendEvents(List.of(event("before", 0)));
		DefaultUnitOfWork<?> root = DefaultUnitOfWork.startAndGet(null);
		DefaultUnitOfWork<?> nested = DefaultUnitOfWork.startAndGet(null);
		this.engine.appendEvents(List.of(event("u1", 0), event("u1", 1)));
		this.engine.appendEvents(List.of(event("u2", 0)));
		nested.commit();
		root.commit();

		assertThat(StoredPositions.lastIn(nested)).hasValue(4L);
		assertThat(StoredPositions.lastIn(root)).hasValue(4L);
		DefaultUnitOfWork<?> idle = DefaultUnitOfWork.startAndGet(null);
		idle.commit();
		assertThat(StoredPositions.lastIn(idle)).as("a unit of work that stored nothing").isEmpty();
	}

	@Test
	void trackingReader_seesEveryEventOnceInPositionOrder() {
		this.engine.appendEvents(List.of(event("u1", 0), event("u1", 1)));
		this.engine.appendEvents(List.of(event("u2", 0)));
		this.engine.appendEvents(List.of(event("u3", 0), event("u3", 1), event("u3", 2)));

		assertThat(positionsFrom(null)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
	}

	@Test
	void trackingReader_resumesFromATokenInTheMiddleOfACommit() {
		this.engine.appendEvents(List.of(event("u1", 0), event("u1", 1), event("u1", 2)));
		this.engine.appendEvents(List.of(event("u2", 0)));

		assertThat(positionsFrom(new GlobalSequenceTrackingToken(1))).containsExactly(2L, 3L, 4L);
	}

	@Test
	void aReaderReopenedTwiceAtTheSameTokenInsideACommit_seesTheCommitsTailBothTimes() {
		this.engine.appendEvents(List.of(event("u1", 0), event("u1", 1), event("u1", 2)));
		this.engine.appendEvents(List.of(event("u2", 0)));

		assertThat(positionsFrom(new GlobalSequenceTrackingToken(1))).containsExactly(2L, 3L, 4L);
		assertThat(positionsFrom(new GlobalSequenceTrackingToken(1))).containsExactly(2L, 3L, 4L);
	}

	@Test
	void allocatedButMissingPosition_holdsTheReaderBack_untilTheGracePeriodEnds() {
		this.engine.appendEvents(List.of(event("u1", 0)));
		new PositionAllocator(this.collections.counters(), WriteGate.serialized()).allocate(2);
		this.engine.appendEvents(List.of(event("u2", 0)));

		assertThat(positionsFrom(null)).containsExactly(1L);

		this.clock.advance(GRACE.plusSeconds(1));

		assertThat(positionsFrom(null)).containsExactly(1L, 4L);
		assertThat(this.collections.commits().countDocuments(new org.bson.Document("tombstone", true))).isEqualTo(2);
	}

	@Test
	void lateWriter_whosePositionWasGivenUp_retriesOnAFreshPosition_andIsNotLost() {
		PositionAllocator allocator = new PositionAllocator(this.collections.counters(), WriteGate.serialized());
		long abandoned = allocator.allocate(1);
		this.engine.appendEvents(List.of(event("u1", 0)));
		positionsFrom(null);
		this.clock.advance(GRACE.plusSeconds(1));
		assertThat(positionsFrom(null)).containsExactly(2L);

		this.collections.counters()
			.updateOne(new org.bson.Document("_id", "events"),
					new org.bson.Document("$set", new org.bson.Document("last", abandoned - 1)));
		this.engine.appendEvents(List.of(event("late", 0)));

		assertThat(this.engine.readEvents("late").hasNext()).isTrue();
		assertThat(positionsFrom(new GlobalSequenceTrackingToken(2))).hasSize(1);
	}

	@Test
	void aTokenAtATime_countsTombstonesAsWellAsCommits() {
		this.engine.appendEvents(List.of(event("u1", 0)));
		new PositionAllocator(this.collections.counters(), WriteGate.serialized()).allocate(1);
		positionsFrom(null);
		this.clock.advance(GRACE.plusSeconds(1));
		assertThat(positionsFrom(null)).as("position 2 is now a tombstone").containsExactly(1L);
		this.clock.advance(Duration.ofHours(1));
		Instant afterTheTombstone = this.clock.instant();
		this.engine.appendEvents(List.of(event("u2", 0)));

		assertThat(this.engine.createTokenAt(afterTheTombstone)).isEqualTo(new GlobalSequenceTrackingToken(2));
		assertThat(this.engine.createTokenAt(Instant.parse("2026-01-01T00:00:05Z")))
			.as("the tombstone, declared later than the first commit, is the first entry after it")
			.isEqualTo(new GlobalSequenceTrackingToken(1));
	}

	private List<Long> positionsFrom(TrackingToken token) {
		AtomicReference<TrackingToken> last = new AtomicReference<>(token);
		return this.engine.readEvents(token, false)
			.map(TrackedEventMessage::trackingToken)
			.peek(last::set)
			.map(t -> t.position().orElseThrow())
			.collect(Collectors.toList());
	}

	private static DomainEventMessage<UnitRegistered> event(String unitId, long sequence) {
		return new GenericDomainEventMessage<>("AdministrativeUnit", unitId, sequence, new UnitRegistered(unitId,
				"03390", "Bình Lư", UnitType.COMMUNE, null, LocalDate.of(2025, 7, 1), "1670/NQ-UBTVQH15"));
	}

	private static String hostAndPort(java.net.InetSocketAddress address) {
		return address.getHostString() + ":" + address.getPort();
	}

	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
