package vn.cadre.reporting.projection;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

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
		dropWhere(this.database, generation -> generation == this.generation);
	}

	/**
	 * Drops the collections of every generation but {@code kept}: besides the next one,
	 * what a live consumer's batch, begun before a switch and written after it, put back
	 * into a generation the switch had dropped.
	 */
	static void dropAllBut(MongoDatabase database, int kept) {
		dropWhere(database, generation -> generation != kept);
	}

	private static void dropWhere(MongoDatabase database, IntPredicate dropped) {
		for (String name : database.listCollectionNames()) {
			int generation = generationOf(name);
			if (generation > 0 && dropped.test(generation)) {
				database.getCollection(name).drop();
				PREPARED.remove(database.getName() + "." + name);
			}
		}
	}

	/**
	 * The generation a collection belongs to, or 0 if it is none of the read models': the
	 * first generation's carry no suffix, so only the read models' names count there.
	 */
	static int generationOf(String physicalName) {
		int suffix = physicalName.lastIndexOf("__g");
		if (suffix < 0) {
			return Generations.READ_MODELS.contains(physicalName) ? 1 : 0;
		}
		String generation = physicalName.substring(suffix + 3);
		boolean digits = !generation.isEmpty() && generation.length() < 9
				&& generation.chars().allMatch(Character::isDigit);
		return digits ? Integer.parseInt(generation) : 0;
	}

	@Override
	public String toString() {
		return "generation " + this.generation;
	}

}
