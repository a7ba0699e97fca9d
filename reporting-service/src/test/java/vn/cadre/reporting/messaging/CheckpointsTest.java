package vn.cadre.reporting.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadre.reporting.messaging.Checkpoints.Checkpoint;
import vn.cadre.reporting.projection.AppliedPositions;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** Checkpoints by generation, against the real server. */
class CheckpointsTest {

	private static final TopicPartition PARTITION = new TopicPartition("cadre.events", 0);

	private MongoClient client;

	private MongoDatabase database;

	private Checkpoints checkpoints;

	@BeforeEach
	void database() {
		this.client = MongoClients.create(TestInfrastructure.mongoUri());
		this.database = this.client.getDatabase("checkpoints_" + UUID.randomUUID().toString().substring(0, 8));
		this.checkpoints = new Checkpoints(this.database);
	}

	@AfterEach
	void close() {
		this.client.close();
	}

	@Test
	void forgettingAllButTheServedGeneration_keepsItsCheckpointsAndNoOthers() {
		Checkpoint checkpoint = new Checkpoint(41, 99, 120, Instant.parse("2026-12-03T08:00:00Z"));
		for (int generation = 1; generation <= 3; generation++) {
			this.checkpoints.saveAll("unit-register", generation, Map.of(PARTITION, checkpoint));
		}
		this.database.getCollection(AppliedPositions.CHECKPOINTS)
			.insertOne(new Document("_id", "written before generations were named"));

		this.checkpoints.forgetAllBut(2);

		assertThat(this.checkpoints.all(1)).isEmpty();
		assertThat(this.checkpoints.all(3)).isEmpty();
		assertThat(this.checkpoints.all(2)).containsEntry("unit-register", Map.of(PARTITION, checkpoint));
		assertThat(this.database.getCollection(AppliedPositions.CHECKPOINTS).countDocuments()).isEqualTo(2);
	}

}
