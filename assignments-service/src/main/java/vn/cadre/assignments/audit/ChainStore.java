package vn.cadre.assignments.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import vn.cadre.kernel.chain.HashChain;

/**
 * Where the chain is kept beside the event store: one link per sealed position
 * ({@code event_chain}, {@code _id} = position) and the head ({@code chain_head}), so the
 * sealer finds the previous hash with one lookup by id, never by a scan.
 */
public final class ChainStore {

	static final String HEAD_ID = "head";

	private final MongoCollection<Document> links;

	private final MongoCollection<Document> head;

	public ChainStore(MongoDatabase database) {
		this.links = database.getCollection("event_chain");
		this.head = database.getCollection("chain_head");
	}

	/** One sealed position. */
	public record Seal(long position, String hash, String previous, long previousPosition) {
	}

	/** The chain's head: the last sealed position and its hash; position 0 before any. */
	public record Head(long position, String hash) {

		static final Head EMPTY = new Head(0, HashChain.GENESIS);

	}

	public Head head() {
		Document document = this.head.find(Filters.eq("_id", HEAD_ID)).first();
		return (document == null) ? Head.EMPTY
				: new Head(document.get("position", Number.class).longValue(), document.getString("hash"));
	}

	public Optional<Seal> at(long position) {
		return Optional.ofNullable(this.links.find(Filters.eq("_id", position)).first()).map(ChainStore::seal);
	}

	/** The seals of the positions in {@code [from, to)}, by position. */
	public Map<Long, Seal> window(long from, long to) {
		List<Long> ids = new ArrayList<>();
		for (long id = from; id < to; id++) {
			ids.add(id);
		}
		Map<Long, Seal> seals = new HashMap<>();
		for (Document document : this.links.find(Filters.in("_id", ids))) {
			Seal seal = seal(document);
			seals.put(seal.position(), seal);
		}
		return seals;
	}

	/**
	 * Records a seal and moves the head to it; when the position was sealed already (a
	 * redelivery after a crash, or another instance) the seal on record wins.
	 */
	Seal record(Seal seal, Instant sealedAt) {
		Seal recorded = seal;
		try {
			this.links.insertOne(document(seal, sealedAt));
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			recorded = at(seal.position()).orElseThrow();
		}
		advanceHead(recorded);
		return recorded;
	}

	/**
	 * Records seals in position order with one write and answers how many were recorded:
	 * all of them, or those before the first position found sealed already (by another
	 * instance), after which none is.
	 */
	int recordAll(List<Seal> seals, Instant sealedAt) {
		if (seals.isEmpty()) {
			return 0;
		}
		try {
			this.links.insertMany(seals.stream().map((seal) -> document(seal, sealedAt)).toList(),
					new InsertManyOptions().ordered(true));
			return seals.size();
		}
		catch (MongoBulkWriteException ex) {
			BulkWriteError first = ex.getWriteErrors().get(0);
			if (ErrorCategory.fromErrorCode(first.getCode()) != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			return first.getIndex();
		}
	}

	/**
	 * Moves the head forward to {@code seal}, never back: a crash between a seal and its
	 * head, or a second instance that took over the publisher, must not leave the head
	 * behind a seal or move it backwards.
	 */
	void advanceHead(Seal seal) {
		advanceHead(new Head(seal.position(), seal.hash()));
	}

	void advanceHead(Head seal) {
		UpdateResult moved = this.head.updateOne(
				Filters.and(Filters.eq("_id", HEAD_ID), Filters.lt("position", seal.position())),
				Updates.combine(Updates.set("position", seal.position()), Updates.set("hash", seal.hash())));
		if (moved.getMatchedCount() == 0 && this.head.find(Filters.eq("_id", HEAD_ID)).first() == null) {
			try {
				this.head.insertOne(
						new Document("_id", HEAD_ID).append("position", seal.position()).append("hash", seal.hash()));
			}
			catch (MongoWriteException ex) {
				if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
					throw ex;
				}
			}
		}
	}

	private static Document document(Seal seal, Instant sealedAt) {
		return new Document("_id", seal.position()).append("hash", seal.hash())
			.append("previous", seal.previous())
			.append("previousPosition", seal.previousPosition())
			.append("sealedAt", Date.from(sealedAt));
	}

	private static Seal seal(Document document) {
		return new Seal(document.get("_id", Number.class).longValue(), document.getString("hash"),
				document.getString("previous"), document.get("previousPosition", Number.class).longValue());
	}

}
