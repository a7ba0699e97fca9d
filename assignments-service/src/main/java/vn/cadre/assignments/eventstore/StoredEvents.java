package vn.cadre.assignments.eventstore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;

/**
 * The stored events in global order, exactly as written: what the hash chain seals, what
 * verification re-reads and what an export writes out. Reads by windows of {@code _id}s
 * like the event store itself, so a walk over a million events never loads more than a
 * window.
 */
public final class StoredEvents {

	private static final int WINDOW = 500;

	private final CommitReader reader;

	private volatile Document lastCommit;

	public StoredEvents(EventStoreCollections collections) {
		this.reader = new CommitReader(collections.commits(), MongoEventStorageEngine.MAX_EVENTS_PER_COMMIT);
	}

	/**
	 * The event stored at {@code position}, if one is. The commit read last is kept: a
	 * sealer asks for the positions of one commit one after the other.
	 */
	public Optional<StoredEvent> at(long position) {
		Document commit = this.lastCommit;
		if (commit == null || position < CommitDocuments.first(commit) || position > CommitDocuments.last(commit)) {
			commit = this.reader.window(position, 1).get(position);
			if (commit == null) {
				commit = this.reader.commitCovering(position);
			}
			if (commit == null) {
				return Optional.empty();
			}
			this.lastCommit = commit;
		}
		for (Document event : CommitDocuments.events(commit)) {
			if (event.get("position", Number.class).longValue() == position) {
				return Optional.of(link(event));
			}
		}
		return Optional.empty();
	}

	/**
	 * Up to {@code max} stored events from {@code from} on, in position order; fewer when
	 * the store ends (a window of positions without any commit).
	 */
	public List<StoredEvent> read(long from, int max) {
		return readBatch(from, max).events();
	}

	/**
	 * Stored events and the positions declared gaps (tombstones) among them: every
	 * position a reader has passed holds one or the other, so a position with neither was
	 * removed.
	 */
	public record Batch(List<StoredEvent> events, Set<Long> gaps) {
	}

	/** As {@link #read}, with the gaps met on the way. */
	public Batch readBatch(long from, int max) {
		List<StoredEvent> links = new ArrayList<>();
		Set<Long> gaps = new TreeSet<>();
		long position = Math.max(1, from);
		Document covering = this.reader.isBoundary(position) ? null : this.reader.commitCovering(position);
		if (covering != null) {
			addEvents(covering, from, links, max);
			position = CommitDocuments.last(covering) + 1;
		}
		while (links.size() < max) {
			// A window no wider than the events asked for: a sealer asks for a batch's
			// worth, and an $in over positions it does not need costs as much as the
			// rest.
			CommitReader.Window window = this.reader.window(position, Math.min(WINDOW, Math.max(max, 16)));
			if (window.byFirstPosition().isEmpty()) {
				break;
			}
			long next = window.to();
			for (long p = position; p < window.to() && links.size() < max; p++) {
				Document commit = window.get(p);
				if (commit != null) {
					if (CommitDocuments.events(commit).isEmpty()) {
						gaps.add(p);
					}
					addEvents(commit, from, links, max);
					p = CommitDocuments.last(commit);
					next = p + 1;
					this.reader.markBoundary(next);
				}
			}
			position = Math.max(next, position + 1);
		}
		return new Batch(links, gaps);
	}

	private static void addEvents(Document commit, long from, List<StoredEvent> links, int max) {
		for (Document event : CommitDocuments.events(commit)) {
			long position = event.get("position", Number.class).longValue();
			if (position >= from && links.size() < max) {
				links.add(link(event));
			}
		}
	}

	static StoredEvent link(Document event) {
		Number sequence = event.get("sequence", Number.class);
		return new StoredEvent(event.get("position", Number.class).longValue(), event.getString("eventId"),
				event.getString("timestamp"), event.getString("aggregateType"), event.getString("aggregateId"),
				(sequence != null) ? sequence.longValue() : 0L, event.getString("payloadType"),
				event.getString("revision"), event.getString("payload"), event.getString("metaData"));
	}

}
