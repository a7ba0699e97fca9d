package vn.cadre.reporting.messaging.rebuild;

import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadre.reporting.messaging.rebuild.ReadModelComparison.Difference;
import vn.cadre.reporting.projection.ReadModels;
import vn.cadre.support.testing.TestInfrastructure;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/** The comparison a consistency check makes, and the second look at what differed. */
class ReadModelComparisonTest {

	private final ReadModelComparison comparison = new ReadModelComparison();

	private MongoClient client;

	private ReadModels live;

	private ReadModels rebuilt;

	@BeforeEach
	void databases() {
		this.client = MongoClients.create(TestInfrastructure.mongoUri());
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.live = ReadModels.of(this.client.getDatabase("comparison_live_" + run));
		this.rebuilt = ReadModels.of(this.client.getDatabase("comparison_rebuilt_" + run));
	}

	@AfterEach
	void close() {
		this.live.database().drop();
		this.rebuilt.database().drop();
		this.client.close();
	}

	@Test
	void theWalk_namesEveryDocumentThatDiffers_withItsFields() {
		units(this.live).insertMany(List.of(unit("u-1", "Xã A"), unit("u-2", "Xã B"), unit("u-3", "Xã C")));
		units(this.rebuilt).insertMany(List.of(unit("u-1", "Xã A"), unit("u-2", "Xã Bình Lư"), unit("u-4", "Xã D")));

		assertThat(this.comparison.compare(this.live, this.rebuilt)).containsExactly(
				new Difference("units", "u-2", "DIFFERENT", List.of("name")),
				new Difference("units", "u-3", "ONLY_LIVE", List.of()),
				new Difference("units", "u-4", "ONLY_REBUILT", List.of()));
		assertThat(this.comparison.compare(this.live, this.rebuilt, 2)).hasSize(2);
	}

	@Test
	void aSecondLook_keepsWhatStillDiffers_asItDiffersNow() {
		units(this.live).insertMany(List.of(unit("u-1", "Xã A"), unit("u-2", "Xã B"), unit("u-3", "Xã C")));
		units(this.rebuilt).insertMany(List.of(unit("u-1", "Xã A"), unit("u-2", "Xã Bình Lư")));
		List<Difference> suspects = this.comparison.compare(this.live, this.rebuilt);

		// the scratch side has since read what the live side had applied, and the live
		// side has changed a document the walk had found alike, which no look covers
		units(this.rebuilt).insertOne(unit("u-3", "Xã C"));
		units(this.live).updateOne(eq("_id", "u-2"), Updates.unset("name"));
		units(this.live).updateOne(eq("_id", "u-1"), Updates.set("name", "Xã A mới"));

		assertThat(this.comparison.recheck(this.live, this.rebuilt, suspects))
			.containsExactly(new Difference("units", "u-2", "DIFFERENT", List.of("name")));
		units(this.live).deleteOne(eq("_id", "u-2"));
		assertThat(this.comparison.recheck(this.live, this.rebuilt, suspects))
			.containsExactly(new Difference("units", "u-2", "ONLY_REBUILT", List.of()));
	}

	private static MongoCollection<Document> units(ReadModels readModels) {
		return readModels.collection("units", created -> {
		});
	}

	private static Document unit(String id, String name) {
		return new Document("_id", id).append("name", name).append("level", "COMMUNE");
	}

}
