package vn.cadre.localstack;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadModelBackendTest {

	private final ReadModelBackend backend = new ReadModelBackend();

	private MongoServer server;

	private MongoClient client;

	private MongoCollection<Document> entries;

	@BeforeEach
	void start() {
		this.server = new MongoServer(this.backend);
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
		this.entries = this.client.getDatabase("read_models").getCollection("audit_log");
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdown();
	}

	@Test
	void documentsReadBack_asTheyWereWritten_afterInsertsReplacementsAndUpdates() {
		List<Document> written = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			written.add(entry(i));
		}
		this.entries.insertMany(written);
		Document replacement = entry(7).append("type", "AssignmentEnded").append("validUntil", "2025-06-30");
		this.entries.replaceOne(eq("_id", "e-7"), replacement, new ReplaceOptions().upsert(true));
		this.entries.updateOne(eq("_id", "e-8"),
				Updates.combine(Updates.set("metadata.reason", "ghi sai ngày"), Updates.push("unitIds", "xa-binh-lu")));

		List<Document> read = this.entries.find().sort(Indexes.ascending("position")).into(new ArrayList<>());

		List<Document> expected = new ArrayList<>(written);
		expected.set(7, replacement);
		Document updated = entry(8);
		updated.get("metadata", Document.class).put("reason", "ghi sai ngày");
		updated.put("unitIds", List.of("xa-2", "xa-binh-lu"));
		expected.set(8, updated);
		assertThat(read).isEqualTo(expected);
		assertThat(read.get(3).keySet()).as("field order").containsExactlyElementsOf(entry(3).keySet());
	}

	@Test
	void uniqueIndexes_stillRefuseADuplicate() {
		this.entries.createIndex(Indexes.ascending("position"), new IndexOptions().unique(true));
		this.entries.insertOne(entry(1));

		assertThatThrownBy(() -> this.entries.insertOne(entry(1).append("_id", "another"))).isInstanceOfSatisfying(
				MongoWriteException.class,
				ex -> assertThat(ErrorCategory.fromErrorCode(ex.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
		assertThat(this.entries.find(eq("position", 1L)).into(new ArrayList<>())).hasSize(1);
	}

	@Test
	void twoDocuments_shareTheirNamesAndShortValues_butNotLongOnes() {
		de.bwaldvogel.mongo.bson.Document first = stored(1);
		de.bwaldvogel.mongo.bson.Document second = stored(1);

		this.backend.share(first);
		this.backend.share(second);

		List<String> firstNames = new ArrayList<>(first.keySet());
		List<String> secondNames = new ArrayList<>(second.keySet());
		for (int i = 0; i < firstNames.size(); i++) {
			assertThat(secondNames.get(i)).isSameAs(firstNames.get(i));
		}
		assertThat(second.get("type")).isSameAs(first.get("type"));
		de.bwaldvogel.mongo.bson.Document firstMetadata = (de.bwaldvogel.mongo.bson.Document) first.get("metadata");
		de.bwaldvogel.mongo.bson.Document secondMetadata = (de.bwaldvogel.mongo.bson.Document) second.get("metadata");
		assertThat(secondMetadata.get("actor")).as("a nested value").isSameAs(firstMetadata.get("actor"));
		assertThat(((List<?>) second.get("unitIds")).get(0)).as("a list's element")
			.isSameAs(((List<?>) first.get("unitIds")).get(0));
		assertThat(second.get("note")).as("a long text").isEqualTo(first.get("note")).isNotSameAs(first.get("note"));
		assertThat(second).isEqualTo(stored(1));
	}

	/** An entry of the audit log's shape. */
	private static Document entry(int i) {
		return new Document("_id", "e-" + i).append("position", (long) i)
			.append("type", "PositionAssigned")
			.append("aggregateId", "xa-" + (i % 3))
			.append("recordedAt", new Date(1_700_000_000_000L + i))
			.append("metadata", new Document("actor", "can-bo-07").append("reason", null))
			.append("payload", new Document("postCode", "PARTY_SECRETARY").append("from", "2021-05-23"))
			.append("unitIds", List.of("xa-" + (i % 3)))
			.append("validUntil", null);
	}

	/**
	 * A document as the server decodes one: every name and value a string of its own.
	 */
	private static de.bwaldvogel.mongo.bson.Document stored(int i) {
		de.bwaldvogel.mongo.bson.Document metadata = new de.bwaldvogel.mongo.bson.Document();
		metadata.put(copy("actor"), copy("can-bo-07"));
		de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document();
		document.put(copy("_id"), copy("e-" + i));
		document.put(copy("type"), copy("PositionAssigned"));
		document.put(copy("metadata"), metadata);
		document.put(copy("unitIds"), new ArrayList<>(List.of(copy("xa-1"))));
		document.put(copy("note"), copy("x".repeat(StringPool.MAX_LENGTH + 1)));
		document.put(copy("position"), (long) i);
		return document;
	}

	private static String copy(String text) {
		return new String(text.toCharArray());
	}

}
