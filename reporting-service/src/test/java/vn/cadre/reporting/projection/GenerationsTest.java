package vn.cadre.reporting.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim on the next generation, against the real server. */
class GenerationsTest {

	private static final Duration LEASE = Duration.ofSeconds(60);

	private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

	private MongoClient client;

	private MongoDatabase database;

	private Generations generations;

	@BeforeEach
	void database() {
		this.client = MongoClients.create(TestInfrastructure.mongoUri());
		this.database = this.client.getDatabase("generations_" + UUID.randomUUID().toString().substring(0, 8));
		this.generations = new Generations(this.database);
	}

	@AfterEach
	void close() {
		this.client.close();
	}

	@Test
	void oneRebuildAtATime_buildsTheNextGeneration_andTheNextMayStartOnceItIsReleased() {
		assertThat(this.generations.claimNext("first", NOW, LEASE)).isEqualTo("first");

		assertThat(this.generations.claimNext("second", NOW.plusSeconds(5), LEASE)).isEqualTo("first");
		assertThat(this.generations.renewNext("second", NOW.plusSeconds(5))).isFalse();
		assertThat(this.generations.renewNext("first", NOW.plusSeconds(5))).isTrue();

		this.generations.releaseNext("second");
		assertThat(this.generations.claimNext("second", NOW.plusSeconds(6), LEASE)).as("released by another: held")
			.isEqualTo("first");

		this.generations.releaseNext("first");
		assertThat(this.generations.claimNext("second", NOW.plusSeconds(7), LEASE)).isEqualTo("second");
	}

	@Test
	void aClaimLeftUnrenewedPastItsLease_isTakenOver_andItsHolderLearnsIt() {
		this.generations.claimNext("first", NOW, LEASE);
		this.generations.renewNext("first", NOW.plusSeconds(30));

		assertThat(this.generations.claimNext("second", NOW.plusSeconds(89), LEASE)).as("renewed 59 s before")
			.isEqualTo("first");
		assertThat(this.generations.claimNext("second", NOW.plusSeconds(91), LEASE)).isEqualTo("second");
		assertThat(this.generations.renewNext("first", NOW.plusSeconds(92))).isFalse();

		this.generations.releaseNext("first");
		assertThat(this.generations.claimNext("third", NOW.plusSeconds(93), LEASE)).isEqualTo("second");
	}

	@Test
	void claimingAndReleasing_leaveTheServedGenerationAsItWas() {
		this.generations.claimNext("first", NOW, LEASE);
		ReadModels next = this.generations.next();
		assertThat(this.generations.serve(next, "first")).isTrue();
		this.generations.releaseNext("first");

		assertThat(this.generations.claimNext("second", NOW, LEASE)).isEqualTo("second");
		assertThat(this.generations.serving().generation()).isEqualTo(next.generation()).isEqualTo(2);
		assertThat(this.generations.served().switching()).isFalse();
	}

	@Test
	void theNextGeneration_startsEmpty_andWhatALateBatchWroteIntoAReplacedOneIsDroppedWithIt() {
		this.generations.claimNext("first", NOW, LEASE);
		ReadModels second = this.generations.next();
		second.collection("units", units -> {
		}).insertOne(new Document("_id", "u-1"));
		this.generations.serve(second, "first");
		// a live consumer's batch begun before the switch, written after it
		ReadModels.of(this.database).collection("mandate_units", units -> {
		}).insertOne(new Document("_id", "u-1"));
		this.database.getCollection("audit_log__g3").insertOne(new Document("_id", "left by a failed rebuild"));
		this.database.getCollection("checkpoints").insertOne(new Document("_id", "not a read model"));

		ReadModels third = this.generations.next();

		assertThat(third.generation()).isEqualTo(3);
		assertThat(this.database.listCollectionNames()).contains("units__g2", "checkpoints", "read_model_generations")
			.doesNotContain("mandate_units", "audit_log__g3");
		assertThat(ReadModels.generationOf("units")).isEqualTo(1);
		assertThat(ReadModels.generationOf("audit_mandates__g12")).isEqualTo(12);
		assertThat(ReadModels.generationOf("dead_letters")).isZero();
		assertThat(ReadModels.generationOf("units__gx")).isZero();
	}

	@Test
	void aRebuildWhoseClaimWasTakenOver_cannotServeWhatItBuilt() {
		this.generations.claimNext("first", NOW, LEASE);
		ReadModels next = this.generations.next();
		this.generations.claimNext("second", NOW.plus(LEASE).plusSeconds(1), LEASE);

		assertThat(this.generations.serve(next, "first")).isFalse();
		assertThat(this.generations.serving().generation()).isEqualTo(1);
		assertThat(this.generations.serve(next, "second")).isTrue();
		assertThat(this.generations.serving().generation()).isEqualTo(2);
	}

	@Test
	void aSwitchLeftByAHolderThatDied_endsWhenItsClaimIsTakenOver() {
		this.generations.claimNext("first", NOW, LEASE);
		this.generations.beginSwitch();

		this.generations.claimNext("second", NOW.plus(LEASE).plusSeconds(1), LEASE);

		assertThat(this.generations.served().switching()).isFalse();
	}

	@Test
	void manyClaimingAtOnce_oneHoldsIt_andEveryOneIsToldWhich() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			for (int round = 0; round < 20; round++) {
				Instant at = NOW.plus(LEASE.multipliedBy(2L * round));
				List<Future<String>> answers = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					String id = "r" + round + "-" + i;
					answers.add(threads.submit(() -> this.generations.claimNext(id, at, LEASE)));
				}
				Set<String> holders = new HashSet<>();
				for (Future<String> answer : answers) {
					holders.add(answer.get());
				}
				assertThat(holders).as("round %d", round).hasSize(1);
				assertThat(holders.iterator().next()).startsWith("r" + round + "-");
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}
