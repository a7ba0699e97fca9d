package vn.cadre.localstack;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventStoreBackendTest {

	@Test
	void keysAreOrderedExactlyAsH2OrdersThem() {
		Random random = new Random(2025);
		List<KeyValue> keys = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			keys.add(new KeyValue(value(random)));
			keys.add(new KeyValue(value(random), value(random)));
		}
		ObjectDataType h2 = new ObjectDataType();
		EventStoreBackend.SerializedKeyOrder ours = new EventStoreBackend.SerializedKeyOrder();
		for (KeyValue a : keys) {
			for (int j = 0; j < 40; j++) {
				KeyValue b = keys.get(random.nextInt(keys.size()));
				assertThat(Integer.signum(ours.compare(a, b))).as("%s against %s", a, b)
					.isEqualTo(Integer.signum(h2.compare(a, b)));
			}
		}
	}

	@Test
	void aFileWrittenByEitherBackend_isReadAlikeByTheOther(@TempDir Path folder) {
		String file = folder.resolve("events.mv").toString();
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < 3_000; i++) {
			order.add(i);
		}
		Collections.shuffle(order, new Random(7));
		withEvents(new H2Backend(file), events -> {
			MongoCollection<Document> commits = events.getCollection("commits");
			commits.createIndex(Indexes.ascending("position"), new IndexOptions().unique(true));
			commits.createIndex(Indexes.ascending("aggregateId", "sequence"), new IndexOptions().unique(true));
			order.subList(0, 2_000).forEach(i -> commits.insertOne(commit(i)));
			return null;
		});

		EventStoreBackend ours = new EventStoreBackend(file);
		withEvents(ours, events -> {
			MongoCollection<Document> commits = events.getCollection("commits");
			order.subList(0, 2_000).forEach(i -> assertFound(commits, i));
			order.subList(2_000, 3_000).forEach(i -> commits.insertOne(commit(i)));
			assertThatThrownBy(() -> commits.insertOne(commit(order.get(0)).append("_id", "another")))
				.isInstanceOfSatisfying(MongoWriteException.class,
						ex -> assertThat(ErrorCategory.fromErrorCode(ex.getCode()))
							.isEqualTo(ErrorCategory.DUPLICATE_KEY));
			events.getCollection("tokens").createIndex(Indexes.ascending("processor"), new IndexOptions().unique(true));
			events.getCollection("tokens").insertOne(new Document("processor", "kafka-publisher"));
			assertThat(indexKeyTypes(ours.getMvStore())).hasSize(5)
				.allMatch(EventStoreBackend.SerializedKeyOrder.class::isInstance);
			return null;
		});

		withEvents(new H2Backend(file), events -> {
			order.forEach(i -> assertFound(events.getCollection("commits"), i));
			return null;
		});
	}

	private static Object value(Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> "commit-" + random.nextInt(100_000);
			case 1 -> "Xã Đông " + "a".repeat(random.nextInt(300));
			case 2 -> (long) random.nextInt(2_000_000) - 1_000_000;
			default -> random.nextInt(1_000);
		};
	}

	private static Document commit(int i) {
		return new Document("_id", "commit-" + i).append("position", (long) i)
			.append("aggregateId", "u-" + (i % 50))
			.append("sequence", (long) (i / 50));
	}

	private static void assertFound(MongoCollection<Document> commits, int i) {
		assertThat(commits.find(eq("_id", "commit-" + i)).first()).as("by id %d", i).isNotNull();
		assertThat(commits.find(eq("position", (long) i)).first()).as("by position %d", i).isNotNull();
		assertThat(commits.find(and(eq("aggregateId", "u-" + (i % 50)), eq("sequence", (long) (i / 50)))).first())
			.as("by aggregate and sequence %d", i)
			.isNotNull();
	}

	private static List<Object> indexKeyTypes(MVStore store) {
		return store.getMapNames()
			.stream()
			.filter(name -> name.contains("._index_"))
			.map(name -> (Object) store.openMap(name).getKeyType())
			.toList();
	}

	private static void withEvents(MongoBackend backend, Function<MongoDatabase, Void> work) {
		MongoServer server = new MongoServer(backend);
		InetSocketAddress address = server.bind();
		try (MongoClient client = MongoClients
			.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
			work.apply(client.getDatabase("events"));
		}
		finally {
			server.shutdown();
		}
	}

}
