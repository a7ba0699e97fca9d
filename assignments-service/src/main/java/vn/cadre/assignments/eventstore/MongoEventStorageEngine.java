package vn.cadre.assignments.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;

/**
 * Axon event storage on MongoDB with one document per commit and gap-aware tracking; see
 * the package description for the scheme and {@code docs/guarantees.md} for what it
 * promises.
 */
public final class MongoEventStorageEngine extends BatchingEventStorageEngine {

	private static final Logger log = LoggerFactory.getLogger(MongoEventStorageEngine.class);

	private static final int MAX_APPEND_ATTEMPTS = 5;

	/** The most events one unit of work may store; a reader searches back no further. */
	static final int MAX_EVENTS_PER_COMMIT = 20_000;

	private final EventStoreCollections collections;

	private final PositionAllocator positions;

	private final GapClock gaps;

	private final CommitReader reader;

	private final Clock clock;

	private final LongConsumer beforeInsert;

	private final WriteGate gate;

	private MongoEventStorageEngine(Builder builder) {
		super(builder);
		this.collections = builder.collections;
		this.clock = builder.clock;
		this.beforeInsert = builder.beforeInsert;
		this.gate = builder.serializeWrites ? WriteGate.serialized() : WriteGate.serverAtomic();
		this.positions = new PositionAllocator(this.collections.counters(), this.gate);
		this.gaps = new GapClock(builder.gapTimeout, this.clock);
		this.reader = new CommitReader(this.collections.commits(), builder.maxEventsPerCommit);
	}

	public static Builder builder() {
		return new Builder();
	}

	@Override
	protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
		if (events.isEmpty()) {
			return;
		}
		List<Document> stored = CommitDocuments.serialize(events, serializer);
		for (int attempt = 1; attempt <= MAX_APPEND_ATTEMPTS; attempt++) {
			long last = this.positions.allocate(stored.size());
			this.beforeInsert.accept(last);
			Document commit = CommitDocuments.commit(last - stored.size() + 1, stored, this.clock.instant());
			try {
				this.gate.write(() -> this.collections.commits().insertOne(commit));
				StoredPositions.record(last);
				return;
			}
			catch (MongoWriteException ex) {
				if (!isDuplicateKey(ex)) {
					throw new EventStoreException("Could not store a commit of " + stored.size() + " events", ex);
				}
				if (!isIdConflict(ex)) {
					handlePersistenceException(ex, events.get(conflictingEvent(ex, stored)));
				}
				// A reader gave our block up for lost while we were slow; take a fresh
				// block.
				log.warn("Commit at position {} was declared a gap by a reader; retrying (attempt {})",
						CommitDocuments.first(commit), attempt);
			}
		}
		throw new EventStoreException("Could not store a commit after " + MAX_APPEND_ATTEMPTS + " attempts", null);
	}

	/**
	 * The index of the event whose (aggregate, sequence) key the server named as taken.
	 */
	private static int conflictingEvent(MongoWriteException ex, List<Document> stored) {
		String message = String.valueOf(ex.getError().getMessage());
		for (int i = 0; i < stored.size(); i++) {
			Document event = stored.get(i);
			String aggregateId = event.getString("aggregateId");
			if (aggregateId != null && message.contains("\""
					+ CommitDocuments.streamKey(aggregateId, event.get("sequence", Number.class).longValue()) + "\"")) {
				return i;
			}
		}
		return 0;
	}

	static boolean isDuplicateKey(MongoWriteException ex) {
		return ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
	}

	static boolean isIdConflict(MongoWriteException ex) {
		String message = String.valueOf(ex.getError().getMessage());
		return message.contains("_id_") || message.contains("_id dup key") || message.contains("{ _id:")
				|| message.contains("index: _id");
	}

	@Override
	protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
		Document document = CommitDocuments.serialize(List.of(snapshot), serializer).get(0);
		document.put("_id", snapshot.getAggregateIdentifier());
		this.collections.snapshots()
			.replaceOne(eq("_id", snapshot.getAggregateIdentifier()), document, new ReplaceOptions().upsert(true));
	}

	@Override
	protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
		Document snapshot = this.collections.snapshots().find(eq("_id", aggregateIdentifier)).first();
		return (snapshot != null) ? Stream.of(CommitDocuments.domain(snapshot)) : Stream.empty();
	}

	@Override
	protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
			int batchSize) {
		List<DomainEventData<String>> result = new ArrayList<>();
		long sequence = firstSequenceNumber;
		while (result.size() < batchSize) {
			Document commit = this.collections.commits()
				.find(eq(CommitDocuments.STREAMS, CommitDocuments.streamKey(aggregateIdentifier, sequence)))
				.first();
			if (commit == null) {
				break;
			}
			for (Document event : CommitDocuments.events(commit)) {
				if (aggregateIdentifier.equals(event.getString("aggregateId"))
						&& event.get("sequence", Number.class).longValue() >= sequence) {
					result.add(CommitDocuments.domain(event));
				}
			}
			sequence = result.isEmpty() ? sequence : result.get(result.size() - 1).getSequenceNumber() + 1;
		}
		return result;
	}

	@Override
	protected boolean fetchForAggregateUntilEmpty() {
		return true;
	}

	@Override
	protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
		long next = nextPosition(lastToken);
		long allocated = this.positions.lastAllocated();
		this.gaps.observeAllocated(allocated);
		List<TrackedEventData<?>> result = new ArrayList<>();
		if (next > allocated) {
			return result;
		}
		CommitReader.Window window = this.reader.window(next, Math.max(batchSize, 16));
		if (!window.contains(next) && !this.reader.isBoundary(next)) {
			Document covering = this.reader.commitCovering(next);
			if (covering != null) {
				addEvents(covering, next, result);
				next = CommitDocuments.last(covering) + 1;
			}
		}
		while (result.size() < batchSize && next <= allocated) {
			if (!window.covers(next)) {
				window = this.reader.window(next, Math.max(batchSize, 16));
			}
			Document commit = window.get(next);
			if (commit == null) {
				commit = resolveGap(next);
				if (commit == null) {
					break;
				}
			}
			addEvents(commit, next, result);
			next = CommitDocuments.last(commit) + 1;
			this.reader.markBoundary(next);
		}
		return result;
	}

	private static long nextPosition(TrackingToken lastToken) {
		if (lastToken == null) {
			return 1L;
		}
		return lastToken.position()
			.orElseThrow(() -> new IllegalArgumentException(
					"Unsupported token " + lastToken + "; this store tracks by global position"))
				+ 1;
	}

	private static void addEvents(Document commit, long from, List<TrackedEventData<?>> result) {
		for (Document event : CommitDocuments.events(commit)) {
			if (event.get("position", Number.class).longValue() >= from) {
				result.add(CommitDocuments.tracked(event));
			}
		}
	}

	/**
	 * The position is allocated but nothing is stored under it. Within the grace period
	 * the writer may still be committing, so the reader waits; after it, the reader
	 * claims the position with a tombstone. Only one insert under an {@code _id} can
	 * succeed, so either the writer's commit or the tombstone is what every reader sees.
	 */
	private Document resolveGap(long position) {
		if (!this.gaps.expired(position)) {
			return null;
		}
		try {
			Document tombstone = CommitDocuments.tombstone(position, this.clock.instant());
			this.gate.write(() -> this.collections.commits().insertOne(tombstone));
			log.warn("Position {} stayed empty past the grace period; recorded it as a tombstone", position);
			return tombstone;
		}
		catch (MongoWriteException ex) {
			if (!isDuplicateKey(ex)) {
				throw ex;
			}
			return this.collections.commits().find(eq("_id", position)).first();
		}
	}

	@Override
	public TrackingToken createTailToken() {
		return null;
	}

	@Override
	public TrackingToken createHeadToken() {
		long allocated = this.positions.lastAllocated();
		return (allocated > 0) ? new GlobalSequenceTrackingToken(allocated) : null;
	}

	@Override
	public TrackingToken createTokenAt(Instant dateTime) {
		Document first = this.collections.commits()
			.find(gte(CommitDocuments.COMMITTED_AT, Date.from(dateTime)))
			.sort(Sorts.ascending("_id"))
			.limit(1)
			.first();
		if (first == null) {
			return createHeadToken();
		}
		long position = CommitDocuments.first(first);
		return (position > 1) ? new GlobalSequenceTrackingToken(position - 1) : null;
	}

	@Override
	public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
		List<? extends DomainEventData<?>> events = fetchDomainEvents(aggregateIdentifier, 0, Integer.MAX_VALUE);
		return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1).getSequenceNumber());
	}

	/** Builds the engine; the collections and the serializers are required. */
	public static final class Builder extends BatchingEventStorageEngine.Builder {

		private EventStoreCollections collections;

		private Duration gapTimeout = Duration.ofSeconds(10);

		private int maxEventsPerCommit = MAX_EVENTS_PER_COMMIT;

		private Clock clock = Clock.systemUTC();

		private LongConsumer beforeInsert = position -> {
		};

		private boolean serializeWrites = true;

		public Builder collections(EventStoreCollections collections) {
			this.collections = collections;
			return this;
		}

		public Builder gapTimeout(Duration gapTimeout) {
			this.gapTimeout = gapTimeout;
			return this;
		}

		public Builder maxEventsPerCommit(int maxEventsPerCommit) {
			this.maxEventsPerCommit = maxEventsPerCommit;
			return this;
		}

		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Whether each single write is serialized within this process: needed on
		 * mongo-java-server, whose operations are not atomic under concurrency;
		 * unnecessary on MongoDB. Default {@code true}.
		 */
		public Builder serializeWrites(boolean serializeWrites) {
			this.serializeWrites = serializeWrites;
			return this;
		}

		/**
		 * Runs between allocating a commit's positions and storing it: the window in
		 * which readers can meet a gap. Only fault-injection tests widen it.
		 */
		Builder beforeInsert(LongConsumer beforeInsert) {
			this.beforeInsert = beforeInsert;
			return this;
		}

		@Override
		public Builder snapshotSerializer(Serializer snapshotSerializer) {
			super.snapshotSerializer(snapshotSerializer);
			return this;
		}

		@Override
		public Builder eventSerializer(Serializer eventSerializer) {
			super.eventSerializer(eventSerializer);
			return this;
		}

		@Override
		public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
			super.upcasterChain(upcasterChain);
			return this;
		}

		@Override
		public Builder batchSize(int batchSize) {
			super.batchSize(batchSize);
			return this;
		}

		@Override
		protected void validate() throws AxonConfigurationException {
			super.validate();
			if (this.collections == null) {
				throw new AxonConfigurationException("The event store collections are required");
			}
		}

		public MongoEventStorageEngine build() {
			persistenceExceptionResolver(
					ex -> ex instanceof MongoWriteException write && isDuplicateKey(write) && !isIdConflict(write));
			validate();
			return new MongoEventStorageEngine(this);
		}

	}

}
