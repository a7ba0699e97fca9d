package vn.cadre.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The two MongoDB-wire-protocol servers: the event store, the one durable truth, on an H2
 * file; the read models in memory, since they are rebuilt from the event topic whenever
 * they are missing.
 */
final class EmbeddedMongo implements AutoCloseable {

	private final MongoServer eventStore;

	private final MongoServer readModels;

	private EmbeddedMongo(MongoServer eventStore, MongoServer readModels) {
		this.eventStore = eventStore;
		this.readModels = readModels;
	}

	static EmbeddedMongo start(StackSettings settings) throws IOException {
		Path folder = Files.createDirectories(settings.dataDir().resolve("mongo"));
		MongoServer eventStore = new MongoServer(new EventStoreBackend(folder.resolve("events.mv").toString()));
		eventStore.bind("127.0.0.1", settings.eventStorePort());
		MongoServer readModels = new MongoServer(new ReadModelBackend());
		readModels.bind("127.0.0.1", settings.readModelPort());
		return new EmbeddedMongo(eventStore, readModels);
	}

	@Override
	public void close() {
		this.readModels.shutdown();
		// Shutting the H2 backend down cleanly flushes what it still holds in memory to
		// the file.
		this.eventStore.shutdown();
	}

}
