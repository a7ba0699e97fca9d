package vn.cadre.assignments.eventstore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.MongoWriteException;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static com.mongodb.client.model.Filters.eq;

/**
 * Reads the store in the order of global positions for tracking processors, commit by
 * commit: a position allocated but not yet stored is waited for during the grace period,
 * then claimed with a tombstone, so no reader ever skips an event a slow writer stores
 * later.
 */
final class TrackedReads {

	private static final Logger log = LoggerFactory.getLogger(TrackedReads.class);

	private final EventStoreCollections collections;

	private final PositionAllocator positions;

	private final GapClock gaps;

	private final CommitReader reader;

	private final Clock clock;

	private final WriteGate gate;

	TrackedReads(EventStoreCollections collections, PositionAllocator positions, GapClock gaps, CommitReader reader,
			Clock clock, WriteGate gate) {
		this.collections = collections;
		this.positions = positions;
		this.gaps = gaps;
		this.reader = reader;
		this.clock = clock;
		this.gate = gate;
	}

	/** Up to about {@code batchSize} events after {@code lastToken}, whole commits. */
	List<TrackedEventData<?>> after(TrackingToken lastToken, int batchSize) {
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
			if (!CommitConflicts.isDuplicateKey(ex)) {
				throw ex;
			}
			return this.collections.commits().find(eq("_id", position)).first();
		}
	}

}
