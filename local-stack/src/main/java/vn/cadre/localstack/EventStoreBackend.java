package vn.cadre.localstack;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

/**
 * mongo-java-server's H2 backend, as the event store's file uses it, with unique indexes
 * that stop serializing their keys at every step of a lookup.
 *
 * <p>
 * The backend keeps each unique index in an H2 map whose keys ({@link KeyValue}) H2 does
 * not know: its default key type orders them by their Java serialization and serializes
 * both keys again at every comparison, some forty serializations per lookup. A profile of
 * the national import put more than half of the event store server's time there. The maps
 * here order keys exactly as before (so files written by either backend read alike) but
 * serialize each key once while it is in memory.
 */
final class EventStoreBackend extends H2Backend {

	/** The store of a database whose constructor is running (it opens its indexes). */
	private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

	EventStoreBackend(String file) {
		super(file);
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		OPENING.set(getMvStore());
		try {
			return new Database(databaseName, getMvStore(), getCursorRegistry());
		}
		finally {
			OPENING.remove();
		}
	}

	/** The name H2Database gives the map of an index. */
	static String indexMapName(String fullCollectionNamespace, String indexName) {
		return fullCollectionNamespace + "._index_" + indexName;
	}

	private static final class Database extends H2Database {

		private final MVStore store;

		Database(String databaseName, MVStore store, CursorRegistry cursors) {
			super(databaseName, store, cursors);
			this.store = store;
		}

		/**
		 * Opens the index's map with {@link SerializedKeyOrder} first; the backend then
		 * opens the same name and gets that map. The superclass's constructor opens the
		 * existing indexes before this class's fields are set, hence {@link #OPENING}.
		 */
		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			MVStore mvStore = (this.store != null) ? this.store : OPENING.get();
			mvStore.openMap(indexMapName(getFullCollectionNamespace(collectionName), indexName),
					new MVMap.Builder<Object, Object>().keyType(new SerializedKeyOrder()));
			return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
		}

	}

	/**
	 * H2's order of {@link KeyValue} keys (their serialized bytes, compared unsigned),
	 * with each key serialized once while it lives: stored keys stay in memory with their
	 * page, and a lookup's key is serialized once instead of at each step. Keys are never
	 * changed, so a key's bytes never go stale; the cache holds keys weakly, by identity.
	 * Writing and reading keys is H2's, unchanged.
	 */
	static final class SerializedKeyOrder extends ObjectDataType {

		private final Cache<Object, byte[]> serialized = Caffeine.newBuilder().weakKeys().build();

		@Override
		public int compare(Object a, Object b) {
			if (a == b) {
				return 0;
			}
			if (a instanceof KeyValue && b instanceof KeyValue) {
				return compareNotNull(bytes(a), bytes(b));
			}
			return super.compare(a, b);
		}

		private byte[] bytes(Object key) {
			return this.serialized.get(key, ObjectDataType::serialize);
		}

	}

}
