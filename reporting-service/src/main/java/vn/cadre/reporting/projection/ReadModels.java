package vn.cadre.reporting.projection;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * One generation of the read models: the collections a projection writes and a query
 * reads. A rebuild writes the next generation beside the one being served, then the
 * served generation changes in one write (see {@link Generations}).
 */
public final class ReadModels {

	/**
	 * Documents per reply for a read that may return many (a whole level, the country).
	 * Without it mongo-java-server sends a find's whole result as one reply, and the
	 * driver refuses a reply over 48 MB: a country's mandates at a national history of a
	 * million events came to 78 MB. MongoDB caps its batches at 16 MB by itself.
	 */
	public static final int WIDE_READ_BATCH = 500;

	private static final Set<String> PREPARED = ConcurrentHashMap.newKeySet();

	private final MongoDatabase database;

	private final int generation;

	ReadModels(MongoDatabase database, int generation) {
		this.database = database;
		this.generation = generation;
	}

	/** The first generation, as a test or a fresh install has it. */
	public static ReadModels of(MongoDatabase database) {
		return new ReadModels(database, 1);
	}

	public MongoDatabase database() {
		return this.database;
	}

	public int generation() {
		return this.generation;
	}

	/**
	 * A collection of this generation; {@code prepare} (its indexes) runs once per
	 * collection and process.
	 */
	public MongoCollection<Document> collection(String name, Consumer<MongoCollection<Document>> prepare) {
		String physical = physicalName(name, this.generation);
		MongoCollection<Document> collection = this.database.getCollection(physical);
		if (PREPARED.add(this.database.getName() + "." + physical)) {
			prepare.accept(collection);
		}
		return collection;
	}

	static String physicalName(String name, int generation) {
		return (generation == 1) ? name : name + "__g" + generation;
	}

	/**
	 * Drops every collection of this generation: a rebuild that will start over, or one
	 * replaced.
	 */
	void drop() {
		String suffix = "__g" + this.generation;
		for (String name : this.database.listCollectionNames()) {
			boolean ours = (this.generation == 1) ? Generations.READ_MODELS.contains(name) : name.endsWith(suffix);
			if (ours) {
				this.database.getCollection(name).drop();
				PREPARED.remove(this.database.getName() + "." + name);
			}
		}
	}

	@Override
	public String toString() {
		return "generation " + this.generation;
	}

}
