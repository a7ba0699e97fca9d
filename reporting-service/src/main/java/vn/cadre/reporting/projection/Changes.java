package vn.cadre.reporting.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * What a batch of events reads and writes in one generation of the read models, by
 * collection and {@code _id}. Reads are fetched together ({@link #want}, then {@code $in}
 * per collection) and writes are held until {@link #flush}, which replaces each changed
 * document once, so a batch costs a few round trips instead of several per event.
 * Projections read their own writes through it.
 *
 * <p>
 * Collections are flushed in the order they were first written: a projection that keeps a
 * guard (the last sequence applied) in a document of its own writes that collection last,
 * so after a crash mid-flush the guard never claims what its data lacks.
 */
public final class Changes {

	/**
	 * Ids per {@code $in}: mongo-java-server checks every hit against the whole list, so
	 * a fetch costs the square of its length there; a hundred keeps that below the round
	 * trips it saves.
	 */
	private static final int FETCH_CHUNK = 100;

	private static final int WRITE_CHUNK = 1000;

	private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

	private final ReadModels target;

	private final Map<String, Pending> collections = new LinkedHashMap<>();

	private final List<Pending> writeOrder = new ArrayList<>();

	public Changes(ReadModels target) {
		this.target = target;
	}

	public ReadModels target() {
		return this.target;
	}

	/** Says that {@code id} will be read, so it is fetched with the others. */
	public void want(MongoCollection<Document> collection, Object id) {
		Pending pending = pending(collection);
		if (!pending.known.containsKey(id)) {
			pending.wanted.add(id);
		}
	}

	/**
	 * The document as this batch has it: written earlier in the batch, or as stored; null
	 * when there is none. Change it only to {@link #put} it back.
	 */
	public Document get(MongoCollection<Document> collection, Object id) {
		Pending pending = pending(collection);
		if (!pending.known.containsKey(id)) {
			pending.wanted.add(id);
			pending.fetch();
		}
		return pending.known.get(id);
	}

	/**
	 * Replaces (or creates) the document under its {@code _id} when the batch flushes.
	 */
	public void put(MongoCollection<Document> collection, Document document) {
		Pending pending = pending(collection);
		Object id = document.get("_id");
		if (pending.known.containsKey(id) && pending.known.get(id) == null) {
			// fetched and absent: nothing to replace
			pending.inserts.add(id);
		}
		write(pending, id, document);
	}

	/**
	 * Writes a document that only this event makes, under an id no other event uses (an
	 * event's own entry): inserted, which costs a server far less than a replacement. If
	 * it exists, the event was applied before and wrote the same document, so it is left.
	 */
	public void putNew(MongoCollection<Document> collection, Document document) {
		Pending pending = pending(collection);
		Object id = document.get("_id");
		if (!pending.known.containsKey(id)) {
			pending.inserts.add(id);
		}
		write(pending, id, document);
	}

	private void write(Pending pending, Object id, Document document) {
		pending.known.put(id, document);
		pending.wanted.remove(id);
		if (pending.written.isEmpty()) {
			this.writeOrder.add(pending);
		}
		pending.written.put(id, document);
	}

	/**
	 * Documents this batch holds in memory, read or written, over all collections: what
	 * it costs the heap.
	 */
	public int held() {
		return this.collections.values().stream().mapToInt(pending -> pending.known.size()).sum();
	}

	/** Documents written so far, over all collections. */
	public int writes() {
		return this.writeOrder.stream().mapToInt(pending -> pending.written.size()).sum();
	}

	/** Writes every changed document, collection by collection. */
	public void flush() {
		for (Pending pending : this.writeOrder) {
			pending.flush();
		}
		this.writeOrder.clear();
	}

	private Pending pending(MongoCollection<Document> collection) {
		return this.collections.computeIfAbsent(collection.getNamespace().getFullName(),
				name -> new Pending(collection));
	}

	/** One collection's reads and writes in this batch. */
	private static final class Pending {

		final MongoCollection<Document> collection;

		final Map<Object, Document> known = new HashMap<>();

		final Set<Object> wanted = new LinkedHashSet<>();

		final Map<Object, Document> written = new LinkedHashMap<>();

		final Set<Object> inserts = new HashSet<>();

		Pending(MongoCollection<Document> collection) {
			this.collection = collection;
		}

		void fetch() {
			List<Object> ids = new ArrayList<>(this.wanted);
			this.wanted.clear();
			for (int from = 0; from < ids.size(); from += FETCH_CHUNK) {
				List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + FETCH_CHUNK));
				chunk.forEach(id -> this.known.put(id, null));
				// one id is an equality lookup, which every server answers from _id
				var found = (chunk.size() == 1) ? this.collection.find(eq("_id", chunk.get(0)))
						: this.collection.find(in("_id", (Collection<Object>) chunk));
				found.forEach(document -> this.known.put(document.get("_id"), document));
			}
		}

		void flush() {
			List<Document> inserted = new ArrayList<>();
			List<WriteModel<Document>> replaced = new ArrayList<>();
			this.written.forEach((id, document) -> {
				if (this.inserts.contains(id)) {
					inserted.add(document);
				}
				else {
					replaced.add(new ReplaceOneModel<>(eq("_id", id), document, UPSERT));
				}
			});
			for (int from = 0; from < inserted.size(); from += WRITE_CHUNK) {
				insert(inserted.subList(from, Math.min(inserted.size(), from + WRITE_CHUNK)));
			}
			for (int from = 0; from < replaced.size(); from += WRITE_CHUNK) {
				this.collection.bulkWrite(replaced.subList(from, Math.min(replaced.size(), from + WRITE_CHUNK)),
						new BulkWriteOptions().ordered(false));
			}
			this.written.clear();
			this.inserts.clear();
		}

		/**
		 * Inserts, leaving documents that exist: a redelivered batch wrote them already.
		 */
		private void insert(List<Document> documents) {
			try {
				this.collection.insertMany(documents, new InsertManyOptions().ordered(false));
			}
			catch (MongoBulkWriteException ex) {
				boolean onlyDuplicates = ex.getWriteErrors()
					.stream()
					.allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
				if (!onlyDuplicates) {
					throw ex;
				}
			}
		}

	}

}
