package vn.cadre.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;

/**
 * mongo-java-server's memory backend, as the read models use it, with documents that
 * share their field names and short values.
 *
 * <p>
 * The server decodes every document it receives into new strings: each of a million audit
 * entries holds its own copy of {@code "aggregateType"}, {@code "PositionAssigned"}, a
 * post code, a date. Measured on entries of the audit log's shape, a document kept about
 * 5.6 KB of heap for 1 KB of BSON, and a national history's read models filled 13 GB
 * before a rebuild asked for as much again. Stored documents here take their names and
 * short values from a {@link StringPool}; what a client reads back is equal to what it
 * wrote.
 */
final class ReadModelBackend extends MemoryBackend {

	private final StringPool strings = new StringPool();

	@Override
	public MemoryDatabase openOrCreateDatabase(String databaseName) {
		return new MemoryDatabase(databaseName, getCursorRegistry()) {

			@Override
			protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
				return new SharingCollection(this, collectionName, options, this.cursorRegistry);
			}

		};
	}

	/** A collection whose stored documents share strings through the pool. */
	private final class SharingCollection extends MemoryCollection {

		SharingCollection(MemoryDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
			super(database, name, options, cursors);
		}

		@Override
		protected Integer addDocumentInternal(Document document) {
			share(document);
			return super.addDocumentInternal(document);
		}

		/**
		 * An update changes the stored document in place, then tells the backend; its new
		 * values are shared here.
		 */
		@Override
		protected void handleUpdate(Integer position, Document before, Document stored) {
			share(stored);
		}

		/**
		 * The data size feeds only {@code collStats}, which nothing of the read side
		 * reads; keeping it encodes every inserted document again, and both sides of
		 * every replacement.
		 */
		@Override
		protected boolean tracksDataSize() {
			return false;
		}

	}

	/**
	 * Rewrites the document in place, in the same order, with pooled names and values.
	 */
	void share(Document document) {
		List<Map.Entry<String, Object>> entries = new ArrayList<>(document.entrySet());
		document.clear();
		for (Map.Entry<String, Object> entry : entries) {
			document.put(this.strings.shared(entry.getKey()), shared(entry.getValue()));
		}
	}

	private Object shared(Object value) {
		if (value instanceof String text) {
			return this.strings.shared(text);
		}
		if (value instanceof Document nested) {
			share(nested);
			return nested;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>(list.size());
			list.forEach(element -> copy.add(shared(element)));
			return copy;
		}
		return value;
	}

}
