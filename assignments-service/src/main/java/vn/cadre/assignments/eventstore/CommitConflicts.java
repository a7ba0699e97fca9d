package vn.cadre.assignments.eventstore;

import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.bson.Document;

/**
 * What a refused commit collided with: its positions (a reader declared them a gap while
 * the writer was slow: take a fresh block) or an (aggregate, sequence) key (a concurrent
 * change to the same aggregate: Axon's concurrency exception).
 */
final class CommitConflicts {

	private CommitConflicts() {
	}

	static boolean isDuplicateKey(MongoWriteException ex) {
		return ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
	}

	/** Whether the positions ({@code _id}) were taken, as each server words it. */
	static boolean isIdConflict(MongoWriteException ex) {
		String message = String.valueOf(ex.getError().getMessage());
		return message.contains("_id_") || message.contains("_id dup key") || message.contains("{ _id:")
				|| message.contains("index: _id");
	}

	/**
	 * The index of the event whose (aggregate, sequence) key the server named as taken.
	 */
	static int conflictingEvent(MongoWriteException ex, List<Document> stored) {
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

}
