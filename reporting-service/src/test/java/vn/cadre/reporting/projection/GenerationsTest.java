package vn.cadre.reporting.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
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

	private Generations generations;

	@BeforeEach
	void database() {
		this.client = MongoClients.create(TestInfrastructure.mongoUri());
		this.generations = new Generations(
				this.client.getDatabase("generations_" + UUID.randomUUID().toString().substring(0, 8)));
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
		this.generations.serve(next);
		this.generations.releaseNext("first");

		assertThat(this.generations.claimNext("second", NOW, LEASE)).isEqualTo("second");
		assertThat(this.generations.serving().generation()).isEqualTo(next.generation()).isEqualTo(2);
		assertThat(this.generations.served().switching()).isFalse();
	}

}
