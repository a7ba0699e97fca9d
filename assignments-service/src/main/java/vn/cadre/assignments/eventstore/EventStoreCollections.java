package vn.cadre.assignments.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

/**
 * The collections of the event store and their indexes. The unique sparse index on
 * {@code streams} is the optimistic concurrency check (and the aggregate-load path);
 * {@code committedAt} serves {@code createTokenAt}.
 */
public record EventStoreCollections(MongoCollection<Document> commits, MongoCollection<Document> snapshots,
		MongoCollection<Document> counters) {

	public static EventStoreCollections in(MongoDatabase database) {
		EventStoreCollections collections = new EventStoreCollections(database.getCollection("event_commits"),
				database.getCollection("event_snapshots"), database.getCollection("event_counters"));
		collections.commits()
			.createIndex(Indexes.ascending(CommitDocuments.STREAMS), new IndexOptions().unique(true).sparse(true));
		collections.commits().createIndex(Indexes.ascending(CommitDocuments.COMMITTED_AT));
		return collections;
	}

}
