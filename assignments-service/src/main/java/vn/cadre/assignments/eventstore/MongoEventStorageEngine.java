package vn.cadre.assignments.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.ReplaceOptions;
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

	private final TrackedReads tracked;

	private final StreamReads streams;

	private final CommitReader commits;

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
		this.commits = new CommitReader(this.collections.commits(), builder.maxEventsPerCommit);
		this.tracked = new TrackedReads(this.collections, this.positions, new GapClock(builder.gapTimeout, this.clock),
				this.commits, this.clock, this.gate);
		this.streams = new StreamReads(this.collections.commits());
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
				if (!CommitConflicts.isDuplicateKey(ex)) {
					throw new EventStoreException("Could not store a commit of " + stored.size() + " events", ex);
				}
				if (!CommitConflicts.isIdConflict(ex)) {
					handlePersistenceException(ex, events.get(CommitConflicts.conflictingEvent(ex, stored)));
				}
				// A reader gave our block up for lost while we were slow; take a fresh
				// block.
				log.warn("Commit at position {} was declared a gap by a reader; retrying (attempt {})",
						CommitDocuments.first(commit), attempt);
			}
		}
		throw new EventStoreException("Could not store a commit after " + MAX_APPEND_ATTEMPTS + " attempts", null);
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
		return this.streams.from(aggregateIdentifier, firstSequenceNumber, batchSize);
	}

	@Override
	protected boolean fetchForAggregateUntilEmpty() {
		return true;
	}

	@Override
	protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
		return this.tracked.after(lastToken, batchSize);
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
		Optional<Long> first = this.commits.firstCommittedFrom(dateTime);
		if (first.isEmpty()) {
			return createHeadToken();
		}
		return (first.get() > 1) ? new GlobalSequenceTrackingToken(first.get() - 1) : null;
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
			persistenceExceptionResolver(ex -> ex instanceof MongoWriteException write
					&& CommitConflicts.isDuplicateKey(write) && !CommitConflicts.isIdConflict(write));
			validate();
			return new MongoEventStorageEngine(this);
		}

	}

}
