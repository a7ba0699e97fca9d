package vn.cadre.reporting.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadre.support.testing.TestInfrastructure;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/** A batch's reads and writes against the real server. */
class ChangesTest {

	private MongoClient client;

	private MongoCollection<Document> documents;

	private ReadModels target;

	@BeforeEach
	void database() {
		this.client = MongoClients.create(TestInfrastructure.mongoUri());
		MongoDatabase database = this.client.getDatabase("changes_" + UUID.randomUUID().toString().substring(0, 8));
		this.target = ReadModels.of(database);
		this.documents = database.getCollection("documents");
	}

	@AfterEach
	void close() {
		this.client.close();
	}

	@Test
	void aBatchReadsItsOwnWrites_andStoresNothingBeforeItFlushes() {
		Changes changes = new Changes(this.target);
		changes.put(this.documents, new Document("_id", "a").append("n", 1));

		assertThat(changes.get(this.documents, "a").getInteger("n")).isEqualTo(1);
		assertThat(this.documents.countDocuments()).isZero();

		changes.flush();
		assertThat(this.documents.find(eq("_id", "a")).first().getInteger("n")).isEqualTo(1);
	}

	@Test
	void fetchedTogether_absentOnesAreInserted_presentOnesReplaced() {
		this.documents.insertOne(new Document("_id", "present").append("n", 1));
		Changes changes = new Changes(this.target);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			ids.add("absent-" + i);
		}
		ids.add("present");
		ids.forEach(id -> changes.want(this.documents, id));

		assertThat(changes.get(this.documents, "present").getInteger("n")).isEqualTo(1);
		assertThat(changes.get(this.documents, "absent-7")).isNull();
		ids.forEach(id -> changes.put(this.documents, new Document("_id", id).append("n", 2)));
		changes.flush();

		assertThat(this.documents.countDocuments()).isEqualTo(251);
		assertThat(this.documents.countDocuments(eq("n", 2))).isEqualTo(251);
	}

	@Test
	void aNewDocumentWrittenAgain_leavesTheStoredOne_andStoresTheRestOfTheBatch() {
		this.documents.insertOne(new Document("_id", "e-2").append("event", 2));
		Changes changes = new Changes(this.target);
		for (int i = 1; i <= 5; i++) {
			changes.putNew(this.documents, new Document("_id", "e-" + i).append("event", i));
		}

		changes.flush();

		assertThat(this.documents.countDocuments()).isEqualTo(5);
		assertThat(this.documents.find(eq("_id", "e-5")).first().getInteger("event")).isEqualTo(5);
	}

	@Test
	void aNewDocumentChangedLaterInTheBatch_isStoredAsLastWritten() {
		Changes changes = new Changes(this.target);
		changes.putNew(this.documents, new Document("_id", "v").append("open", true));
		changes.put(this.documents, new Document("_id", "v").append("open", false));

		changes.flush();

		assertThat(this.documents.find(eq("_id", "v")).first().getBoolean("open")).isFalse();
	}

}
