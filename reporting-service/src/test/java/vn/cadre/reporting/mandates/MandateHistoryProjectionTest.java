package vn.cadre.reporting.mandates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.AssignmentRescinded;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.MandateEvent;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.ReadModels;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** Every belief about a mandate stays answerable by the record time it was held. */
class MandateHistoryProjectionTest {

	private static final Instant T1 = Instant.parse("2025-07-02T08:00:00Z");

	private static final Instant T2 = Instant.parse("2025-09-01T08:00:00Z");

	private static final Instant T3 = Instant.parse("2026-01-05T08:00:00Z");

	private MongoClient client;

	private ReadModels target;

	private MandateHistoryProjection projection;

	private MandateQueries queries;

	@BeforeEach
	void database() {
		this.client = MongoClients.create(TestInfrastructure.mongoUri());
		MongoDatabase database = this.client.getDatabase("mandates_" + UUID.randomUUID().toString().substring(0, 8));
		this.projection = new MandateHistoryProjection();
		this.target = ReadModels.of(database);
		this.queries = new MandateQueries(new Generations(database));
	}

	@AfterEach
	void close() {
		this.client.close();
	}

	@Test
	void aCorrection_changesWhatIsBelievedFromItsRecordTime_only() {
		apply(1, 1, T1, new PositionAssigned("m1", "u", "PARTY_SECRETARY", "p1", LocalDate.of(2025, 7, 1), null,
				Locality.NON_LOCAL, "x", "05-QĐ", List.of()));
		apply(2, 2, T2, new AssignmentCorrected("m1", "u", "PARTY_SECRETARY", "p1", LocalDate.of(2025, 7, 15), null,
				Locality.NON_LOCAL, "x", List.of(), "ghi sai ngày", "07-QĐ"));
		apply(3, 3, T3,
				new AssignmentEnded("m1", "u", LocalDate.of(2025, 12, 31), EndCause.TRANSFERRED, "09-QĐ", null));

		assertThat(this.queries.believedAt(List.of("u"), T1.minusSeconds(1))).isEmpty();
		assertThat(believed(T1)).extracting(MandateVersion::from).containsExactly(LocalDate.of(2025, 7, 1));
		assertThat(believed(T2.plusSeconds(60))).extracting(MandateVersion::from)
			.containsExactly(LocalDate.of(2025, 7, 15));
		MandateVersion now = believed(Instant.now()).get(0);
		assertThat(now.until()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(now.ended()).isTrue();
		assertThat(now.from()).as("the end keeps the corrected start").isEqualTo(LocalDate.of(2025, 7, 15));
		assertThat(this.queries.history(List.of("u"))).extracting(MandateVersion::change)
			.containsExactly("ASSIGNED", "CORRECTED", "ENDED");
	}

	@Test
	void aRescission_isBelievedFromItsRecordTime_andEarlierBeliefsRemain() {
		apply(1, 1, T1, new PositionAssigned("m1", "u", "POLICE_CHIEF", "p1", LocalDate.of(2025, 7, 1), null,
				Locality.LOCAL, "x", "05-QĐ", List.of()));
		apply(2, 2, T2, new AssignmentRescinded("m1", "u", "nhập nhầm", "07-QĐ"));

		assertThat(believed(T1)).extracting(MandateVersion::rescinded).containsExactly(false);
		assertThat(believed(T3)).extracting(MandateVersion::rescinded).containsExactly(true);
	}

	@Test
	void redeliveredEvents_changeNothing() {
		PositionAssigned assigned = new PositionAssigned("m1", "u", "POLICE_CHIEF", "p1", LocalDate.of(2025, 7, 1),
				null, Locality.LOCAL, "x", "05-QĐ", List.of());
		AssignmentEnded ended = new AssignmentEnded("m1", "u", LocalDate.of(2025, 12, 31), EndCause.RETIRED, "09-QĐ",
				null);
		apply(1, 1, T1, assigned);
		apply(2, 2, T2, ended);
		apply(1, 1, T1, assigned);
		apply(2, 2, T2, ended);

		assertThat(this.queries.history(List.of("u"))).hasSize(2);
		assertThat(believed(T3)).hasSize(1);
		assertThat(believed(T1)).extracting(MandateVersion::ended).containsExactly(false);
	}

	@Test
	void theUnitsDocument_keepsWhatCanCount_andTakesInAVersionWhenItsHolderTakesASecondPost() {
		apply(1, 1, T1, new PositionAssigned("m1", "u", "POLICE_CHIEF", "p1", LocalDate.of(2025, 7, 1), null,
				Locality.LOCAL, "x", "05-QĐ", List.of()));
		apply(2, 2, T1, new PositionAssigned("m2", "u", "MILITARY_COMMANDER", "p2", LocalDate.of(2025, 7, 1), null,
				Locality.NON_LOCAL, "x", "05-QĐ", List.of()));

		assertThat(countable(T2)).as("a local holding one post never counts").containsExactly("m2");

		apply(3, 3, T2, new PositionAssigned("m3", "u", "COUNCIL_CHAIR", "p1", LocalDate.of(2026, 3, 15), null,
				Locality.LOCAL, "x", "07-QĐ", List.of()));
		apply(4, 4, T3, new AssignmentRescinded("m2", "u", "nhập nhầm", "09-QĐ"));

		assertThat(countable(T1)).as("p1's first post counts once p1 holds a second").containsExactly("m1", "m2");
		assertThat(countable(T2)).containsExactly("m1", "m2", "m3");
		assertThat(countable(T3)).as("a rescission is believed, and never counts").containsExactly("m1", "m3");
		assertThat(this.queries.countableAt(List.of("u"), T3).get("u")).extracting(MandateVersion::legalBasis)
			.containsExactly("05-QĐ", "07-QĐ");
	}

	@Test
	void oneBatch_writesWhatOneByOneWrites_andRedeliveryChangesNothing() {
		List<PublishedEvent> events = List.of(
				event(1, 1, T1,
						new PositionAssigned("m1", "u", "PARTY_SECRETARY", "p1", LocalDate.of(2025, 7, 1), null,
								Locality.LOCAL, "x", "05-QĐ", List.of())),
				event(2, 2, T1,
						new PositionAssigned("m2", "u", "FARMERS_UNION_CHAIR", "p2", LocalDate.of(2025, 7, 1), null,
								Locality.LOCAL, "x", "05-QĐ", List.of())),
				event(3, 3, T2,
						new AssignmentCorrected("m2", "u", "FARMERS_UNION_CHAIR", "p1", LocalDate.of(2025, 8, 1), null,
								Locality.NON_LOCAL, "x", List.of(), "ghi sai người", "07-QĐ")),
				event(4, 4, T2,
						new PositionAssigned("m3", "u", "COUNCIL_CHAIR", "p1", LocalDate.of(2026, 3, 15), null,
								Locality.LOCAL, "x", "07-QĐ", List.of())),
				event(5, 5, T3, new AssignmentEnded("m1", "u", LocalDate.of(2025, 12, 31), EndCause.TRANSFERRED,
						"09-QĐ", null)),
				event(6, 6, T3, new AssignmentRescinded("m3", "u", "nhập nhầm", "09-QĐ")));
		events.forEach(event -> this.projection.apply(event, this.target));
		ReadModels batched = ReadModels
			.of(this.client.getDatabase("mandates_" + UUID.randomUUID().toString().substring(0, 8)));
		this.projection.applyAll(events, batched);

		for (String collection : List.of("mandate_versions", "mandate_units", "mandate_heads")) {
			assertThat(documents(batched, collection)).as(collection).isEqualTo(documents(this.target, collection));
		}
		List<Document> before = documents(batched, "mandate_units");
		this.projection.applyAll(events.subList(2, 6), batched);
		events.forEach(event -> this.projection.apply(event, batched));
		assertThat(documents(batched, "mandate_units")).isEqualTo(before);
		assertThat(before).hasSize(1);
		assertThat(before.get(0).getList("others", String.class)).as("nothing of p2 can count").hasSize(1);
	}

	@Test
	void aWideQuestion_readsTheUnitsHoldingVersionsOfItsDays_andEveryUnitStoredBeforeDaysWereKept() {
		apply(1, 1, T1, new PositionAssigned("m1", "old", "PARTY_SECRETARY", "p1", LocalDate.of(2020, 1, 1),
				LocalDate.of(2025, 6, 30), Locality.NON_LOCAL, "x", "05-QĐ", List.of()));
		apply(2, 1, T1, new PositionAssigned("m2", "new", "PARTY_SECRETARY", "p2", LocalDate.of(2025, 7, 1), null,
				Locality.NON_LOCAL, "x", "05-QĐ", List.of()));
		apply(3, 1, T1, new PositionAssigned("m3", "earlier", "PARTY_SECRETARY", "p3", LocalDate.of(2019, 1, 1),
				LocalDate.of(2020, 12, 31), Locality.NON_LOCAL, "x", "05-QĐ", List.of()));
		// as a release before the days were kept left it
		this.target.database()
			.getCollection("mandate_units")
			.updateOne(new Document("_id", "earlier"),
					new Document("$unset", new Document("firstDay", "").append("lastDay", "")));

		assertThat(this.queries.countableEverywhere(T3, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)))
			.containsOnlyKeys("new", "earlier");
		assertThat(this.queries.countableEverywhere(T3, LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 1)))
			.containsOnlyKeys("old", "earlier");

		apply(4, 2, T2,
				new AssignmentEnded("m3", "earlier", LocalDate.of(2020, 6, 30), EndCause.TRANSFERRED, "09-QĐ", null));
		Document earlier = this.target.database()
			.getCollection("mandate_units")
			.find(new Document("_id", "earlier"))
			.first();
		assertThat(earlier).as("the days of the lines it held, and the new version's")
			.containsEntry("firstDay", "2019-01-01")
			.containsEntry("lastDay", "2020-12-31");
		assertThat(this.queries.countableEverywhere(T3, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)))
			.containsOnlyKeys("new");
		assertThat(this.queries.countableEverywhere(T3, LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 1)))
			.containsOnlyKeys("old", "earlier");
	}

	private static List<Document> documents(ReadModels readModels, String collection) {
		List<Document> documents = new ArrayList<>();
		readModels.database().getCollection(collection).find().sort(new Document("_id", 1)).forEach(documents::add);
		return documents;
	}

	private List<String> countable(Instant knownAt) {
		return this.queries.countableAt(List.of("u"), knownAt)
			.getOrDefault("u", List.of())
			.stream()
			.map(MandateVersion::mandateId)
			.sorted()
			.toList();
	}

	private List<MandateVersion> believed(Instant knownAt) {
		return this.queries.believedAt(List.of("u"), knownAt);
	}

	private void apply(long position, long sequence, Instant recordedAt, MandateEvent event) {
		this.projection.apply(event(position, sequence, recordedAt, event), this.target);
	}

	private static PublishedEvent event(long position, long sequence, Instant recordedAt, MandateEvent event) {
		return new PublishedEvent("e-" + position, event.getClass().getName(), "1", position, "AdministrativeUnit",
				event.unitId(), sequence, recordedAt, Map.of(), event);
	}

}
