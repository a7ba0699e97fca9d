package vn.cadre.assignments.eventstore;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.DomainEventData;
import org.bson.Document;

import static com.mongodb.client.model.Filters.eq;

/**
 * Reads an aggregate's events from a sequence on, commit by commit: each commit indexes
 * the stream keys (aggregate and sequence) of its events, so finding the commit that
 * holds the next sequence is one unique-index lookup, however long the store.
 */
final class StreamReads {

	private final MongoCollection<Document> commits;

	StreamReads(MongoCollection<Document> commits) {
		this.commits = commits;
	}

	/**
	 * Up to about {@code batchSize} events of the aggregate, from {@code firstSequence}.
	 */
	List<DomainEventData<String>> from(String aggregateId, long firstSequence, int batchSize) {
		List<DomainEventData<String>> result = new ArrayList<>();
		long sequence = firstSequence;
		while (result.size() < batchSize) {
			Document commit = this.commits
				.find(eq(CommitDocuments.STREAMS, CommitDocuments.streamKey(aggregateId, sequence)))
				.first();
			if (commit == null) {
				break;
			}
			for (Document event : CommitDocuments.events(commit)) {
				if (aggregateId.equals(event.getString("aggregateId"))
						&& event.get("sequence", Number.class).longValue() >= sequence) {
					result.add(CommitDocuments.domain(event));
				}
			}
			sequence = result.isEmpty() ? sequence : result.get(result.size() - 1).getSequenceNumber() + 1;
		}
		return result;
	}

}
