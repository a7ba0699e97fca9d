package vn.cadre.reporting.mandates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.reporting.projection.Changes;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.ReadModels;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question about every unit is read in replies of a bounded size: the server would
 * otherwise send the whole result as one reply, which the driver refuses past 48 MB (a
 * national history's mandates came to 78 MB).
 */
class WideReadsTest {

	private static final int UNITS = 2 * ReadModels.WIDE_READ_BATCH + 100;

	private final AtomicInteger getMores = new AtomicInteger();

	private MongoClient client;

	private MongoDatabase database;

	@BeforeEach
	void database() {
		this.client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(TestInfrastructure.mongoUri()))
			.addCommandListener(new CommandListener() {
				@Override
				public void commandStarted(CommandStartedEvent event) {
					if (event.getCommandName().equals("getMore")) {
						WideReadsTest.this.getMores.incrementAndGet();
					}
				}
			})
			.build());
		this.database = this.client.getDatabase("wide_" + UUID.randomUUID().toString().substring(0, 8));
	}

	@AfterEach
	void close() {
		this.client.close();
	}

	@Test
	void everyUnitsMandates_comeInRepliesOfABoundedSize() {
		List<PublishedEvent> events = new ArrayList<>();
		for (int i = 0; i < UNITS; i++) {
			PositionAssigned assigned = new PositionAssigned("m-" + i, "xa-" + i, "PARTY_SECRETARY", "can-bo-" + i,
					LocalDate.of(2025, 7, 1), null, Locality.LOCAL, "x", "05-QĐ", List.of());
			events.add(new PublishedEvent("e-" + i, PositionAssigned.class.getName(), "1", i + 1, "AdministrativeUnit",
					"xa-" + i, 0, Instant.parse("2025-07-02T08:00:00Z"), Map.of(), assigned));
		}
		Changes changes = new Changes(ReadModels.of(this.database));
		new MandateHistoryProjection().applyAll(events, changes);
		changes.flush();
		this.getMores.set(0);

		var countable = new MandateQueries(new Generations(this.database)).countableEverywhere(Instant.now(),
				LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));

		assertThat(countable).hasSize(UNITS);
		assertThat(this.getMores.get()).as("replies after the first").isGreaterThanOrEqualTo(2);
	}

}
