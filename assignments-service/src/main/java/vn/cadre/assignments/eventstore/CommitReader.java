package vn.cadre.assignments.eventstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;

/**
 * Reads commits by their first position. Every lookup is an {@code _id} lookup
 * ({@code $in} over a window of positions), the one access path that mongo-java-server
 * serves without a scan and real MongoDB serves from the primary index.
 */
final class CommitReader {

	private static final int MAX_KNOWN_BOUNDARIES = 10_000;

	private static final int BACK_SEARCH_CHUNK = 1_000;

	private final MongoCollection<Document> commits;

	private final int maxEventsPerCommit;

	/**
	 * Positions known to start a commit or a gap; a cache only: forgetting one costs a
	 * back-search.
	 */
	private final Set<Long> boundaries = ConcurrentHashMap.newKeySet();

	CommitReader(MongoCollection<Document> commits, int maxEventsPerCommit) {
		this.commits = commits;
		this.maxEventsPerCommit = maxEventsPerCommit;
	}

	/**
	 * The first position of the first commit stored at or after {@code time}, if any.
	 */
	Optional<Long> firstCommittedFrom(Instant time) {
		Document first = this.commits.find(gte(CommitDocuments.COMMITTED_AT, Date.from(time)))
			.sort(Sorts.ascending("_id"))
			.limit(1)
			.first();
		return Optional.ofNullable(first).map(CommitDocuments::first);
	}

	Window window(long from, int size) {
		return new Window(from, from + size, byFirstPosition(from, from + size));
	}

	boolean isBoundary(long position) {
		return position == 1 || this.boundaries.contains(position);
	}

	void markBoundary(long position) {
		if (this.boundaries.size() >= MAX_KNOWN_BOUNDARIES) {
			this.boundaries.clear();
		}
		this.boundaries.add(position);
	}

	/**
	 * The commit that holds {@code position} without starting at it, if any: a token
	 * stored in the middle of a commit resumes there. Searches backwards no further than
	 * the largest commit can reach.
	 */
	Document commitCovering(long position) {
		long floor = Math.max(1, position - this.maxEventsPerCommit);
		for (long to = position; to > floor; to -= BACK_SEARCH_CHUNK) {
			long from = Math.max(floor, to - BACK_SEARCH_CHUNK);
			Map<Long, Document> found = byFirstPosition(from, to);
			Document nearest = null;
			for (Document commit : found.values()) {
				if (nearest == null || CommitDocuments.first(commit) > CommitDocuments.first(nearest)) {
					nearest = commit;
				}
			}
			if (nearest != null) {
				if (CommitDocuments.last(nearest) >= position) {
					// Inside a commit: not a boundary, so the next reader of this
					// position
					// searches again rather than skipping the commit's tail.
					return nearest;
				}
				markBoundary(position);
				return null;
			}
		}
		markBoundary(position);
		return null;
	}

	private Map<Long, Document> byFirstPosition(long fromInclusive, long toExclusive) {
		List<Long> ids = new ArrayList<>((int) (toExclusive - fromInclusive));
		for (long id = fromInclusive; id < toExclusive; id++) {
			ids.add(id);
		}
		Map<Long, Document> byId = new HashMap<>();
		for (Document commit : this.commits.find(in("_id", ids))) {
			byId.put(CommitDocuments.first(commit), commit);
		}
		return byId;
	}

	/** The commits whose first position lies in {@code [from, to)}. */
	record Window(long from, long to, Map<Long, Document> byFirstPosition) {

		boolean covers(long position) {
			return position >= this.from && position < this.to;
		}

		boolean contains(long position) {
			return this.byFirstPosition.containsKey(position);
		}

		Document get(long position) {
			return this.byFirstPosition.get(position);
		}

	}

}
