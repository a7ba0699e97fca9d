package vn.cadre.localstack;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;

/**
 * How the rebuild's writes compare with what the embedded read-model server can take: the
 * documents the rebuilt generation holds, per second of the rebuild, against the same
 * server bulk-inserting a sample of those very documents into a scratch database (the
 * ceiling for writing them once), from one client and from four at once, as the four read
 * models write. Where the ratio nears one, the server is the bound.
 */
final class ServerBound {

	private static final String DATABASE = "cadre_reporting";

	private static final String SCRATCH = "bench_bulk_insert";

	private static final int SAMPLE = 100_000;

	private static final int CHUNK = 1000;

	/** The rebuilt generation's documents and the server's bulk-insert rates for them. */
	record Measured(long documents, double insertedPerSecond, double insertedByFourPerSecond, int sampled) {

	}

	private ServerBound() {
	}

	static Measured measure(int readModelPort) {
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + readModelPort)) {
			MongoDatabase database = client.getDatabase(DATABASE);
			Document generations = database.getCollection("read_model_generations")
				.find(new Document("_id", "read-models"))
				.first();
			int serving = (generations != null) ? generations.getInteger("serving", 1) : 1;
			List<String> names = new ArrayList<>();
			for (String name : database.listCollectionNames()) {
				if ((serving == 1) ? !name.contains("__g") : name.endsWith("__g" + serving)) {
					names.add(name);
				}
			}
			long documents = 0;
			List<Long> counts = new ArrayList<>();
			for (String name : names) {
				long count = database.getCollection(name).estimatedDocumentCount();
				counts.add(count);
				documents += count;
			}
			// the sample keeps each collection's share, so large and small documents
			// weigh
			// as in the generation
			double share = Math.min(1.0, SAMPLE / (double) Math.max(1, documents));
			List<List<Document>> samples = new ArrayList<>();
			int sampled = 0;
			for (int i = 0; i < names.size(); i++) {
				List<Document> sample = database.getCollection(names.get(i))
					.find()
					.batchSize(CHUNK)
					.limit((int) Math.ceil(counts.get(i) * share))
					.into(new ArrayList<>());
				samples.add(sample);
				sampled += sample.size();
			}
			MongoDatabase scratch = client.getDatabase(SCRATCH);
			double one = insertedPerSecond(scratch, names, samples, 1, sampled);
			double four = insertedPerSecond(scratch, names, samples, 4, sampled);
			return new Measured(documents, one, four, sampled);
		}
	}

	/**
	 * Inserts the samples into an emptied scratch database, each client its share of
	 * every collection's chunks, and gives the documents inserted per second.
	 */
	private static double insertedPerSecond(MongoDatabase scratch, List<String> names, List<List<Document>> samples,
			int clients, int sampled) {
		scratch.drop();
		List<Thread> threads = new ArrayList<>();
		long start = System.nanoTime();
		for (int client = 0; client < clients; client++) {
			int own = client;
			Thread thread = new Thread(() -> {
				for (int i = 0; i < names.size(); i++) {
					MongoCollection<Document> target = scratch.getCollection(names.get(i));
					List<Document> sample = samples.get(i);
					for (int from = own * CHUNK; from < sample.size(); from += clients * CHUNK) {
						List<Document> chunk = sample.subList(from, Math.min(sample.size(), from + CHUNK));
						target.insertMany(chunk, new InsertManyOptions().ordered(false));
					}
				}
			});
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		scratch.drop();
		return sampled / seconds;
	}

}
