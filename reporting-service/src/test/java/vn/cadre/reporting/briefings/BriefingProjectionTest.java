package vn.cadre.reporting.briefings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.briefing.BriefingRecorded;
import vn.cadre.kernel.unit.UnitRenamed;
import vn.cadre.reporting.briefings.Briefings.Briefing;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.ReadModels;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Briefings kept by unit on the in-process MongoDB server, and read back by unit, window
 * of days and record time as the measures read them.
 */
class BriefingProjectionTest {

	private static final Instant RECORDED = Instant.parse("2025-08-10T03:00:00Z");

	private final BriefingProjection projection = new BriefingProjection();

	private MongoClient client;

	private ReadModels target;

	private Briefings briefings;

	private long position;

	@BeforeEach
	void database() {
		this.client = MongoClients.create(TestInfrastructure.mongoUri());
		MongoDatabase database = this.client.getDatabase("briefings_" + UUID.randomUUID().toString().substring(0, 8));
		this.target = ReadModels.of(database);
		this.briefings = new Briefings(new Generations(database));
	}

	@AfterEach
	void close() {
		this.client.close();
	}

	@Test
	void conferencesAreKeptByUnit_andReadBackForTheUnitsAsked() {
		this.projection.applyAll(List.of(recorded("hn-1", "xa-a", "2025-08-01", RECORDED),
				recorded("hn-2", "xa-a", "2025-09-01", RECORDED), recorded("hn-3", "xa-b", "2025-08-15", RECORDED)),
				this.target);

		assertThat(
				this.briefings.heldBy(List.of("xa-a"), day("2025-07-01"), day("2025-12-31"), RECORDED.plusSeconds(1)))
			.extracting(Briefing::briefingId, Briefing::unitId, Briefing::heldOn, Briefing::attendances)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("hn-1", "xa-a", day("2025-08-01"), 40),
					org.assertj.core.groups.Tuple.tuple("hn-2", "xa-a", day("2025-09-01"), 40));
		assertThat(heldBy(List.of("xa-a", "xa-b"))).containsExactly("hn-1", "hn-3", "hn-2");
	}

	@Test
	void manyUnitsAsked_areReadInOnePass_withTheSameAnswer() {
		this.projection.applyAll(List.of(recorded("hn-1", "xa-0001", "2025-08-01", RECORDED),
				recorded("hn-2", "xa-2999", "2025-07-15", RECORDED),
				recorded("hn-3", "xa-khac", "2025-07-20", RECORDED),
				recorded("hn-4", "xa-0002", "2025-09-01", RECORDED.plusSeconds(2 * 86_400))), this.target);
		List<String> country = java.util.stream.IntStream.range(0, 3_000)
			.mapToObj(i -> String.format("xa-%04d", i))
			.toList();

		assertThat(heldBy(country)).as("units not asked and conferences not yet recorded are left out")
			.containsExactly("hn-2", "hn-1");
		assertThat(heldBy(country.subList(0, 10))).containsExactly("hn-1");
	}

	@Test
	void aRedeliveredConference_changesNothing() {
		PublishedEvent once = recorded("hn-1", "xa-a", "2025-08-01", RECORDED);
		this.projection.apply(once, this.target);
		this.projection.apply(once, this.target);
		this.projection.applyAll(List.of(once, recorded("hn-2", "xa-a", "2025-08-02", RECORDED), once), this.target);

		assertThat(heldBy(List.of("xa-a"))).containsExactly("hn-1", "hn-2");
	}

	/**
	 * Each conference is an aggregate of its own, so a unit's conferences come on several
	 * partitions, and the live consumers and a rebuild interleave them differently.
	 */
	@Test
	void aUnitsConferences_makeTheSameDocument_inWhateverOrderTheyArrive() {
		PublishedEvent first = recorded("hn-1", "xa-a", "2025-09-01", RECORDED);
		PublishedEvent second = recorded("hn-2", "xa-a", "2025-08-01", RECORDED);
		PublishedEvent third = recorded("hn-3", "xa-a", "2025-08-01", RECORDED);
		ReadModels rebuilt = ReadModels
			.of(this.client.getDatabase("briefings_" + UUID.randomUUID().toString().substring(0, 8)));

		this.projection.applyAll(List.of(first, second), this.target);
		this.projection.apply(third, this.target);
		this.projection.applyAll(List.of(third, second, first), rebuilt);

		assertThat(Briefings.collection(rebuilt).find().into(new ArrayList<>()))
			.isEqualTo(Briefings.collection(this.target).find().into(new ArrayList<>()));
		assertThat(heldBy(List.of("xa-a"))).containsExactly("hn-2", "hn-3", "hn-1");
	}

	@Test
	void onlyConferencesHeldInTheWindow_andRecordedByTheRecordTime_count() {
		this.projection.applyAll(List.of(recorded("hn-early", "xa-a", "2025-06-30", RECORDED),
				recorded("hn-in", "xa-a", "2025-07-01", RECORDED), recorded("hn-last", "xa-a", "2025-07-31", RECORDED),
				recorded("hn-late", "xa-a", "2025-08-01", RECORDED),
				recorded("hn-backdated", "xa-a", "2025-07-15", RECORDED.plusSeconds(3600))), this.target);

		assertThat(this.briefings.heldBy(List.of("xa-a"), day("2025-07-01"), day("2025-07-31"), RECORDED))
			.extracting(Briefing::briefingId)
			.containsExactly("hn-in", "hn-last");
		assertThat(this.briefings.heldBy(List.of("xa-a"), day("2025-07-01"), day("2025-07-31"),
				RECORDED.plusSeconds(3600)))
			.extracting(Briefing::briefingId)
			.containsExactly("hn-in", "hn-backdated", "hn-last");
	}

	@Test
	void otherEvents_andUnitsWithoutConferences_leaveNothing() {
		this.projection.apply(
				new PublishedEvent("e-9", UnitRenamed.class.getName(), "1", 9, "AdministrativeUnit", "xa-a", 3,
						RECORDED, Map.of(), new UnitRenamed("xa-a", "Xã A mới", day("2025-07-01"), "1670/NQ")),
				this.target);

		assertThat(Briefings.collection(this.target).countDocuments()).isZero();
		assertThat(heldBy(List.of("xa-a", "xa-khong"))).isEmpty();
	}

	private List<String> heldBy(List<String> unitIds) {
		return this.briefings.heldBy(unitIds, day("2015-01-01"), day("2030-12-31"), RECORDED.plusSeconds(86_400))
			.stream()
			.map(Briefing::briefingId)
			.toList();
	}

	private PublishedEvent recorded(String briefingId, String unitId, String heldOn, Instant recordedAt) {
		this.position++;
		return new PublishedEvent("e-" + this.position, BriefingRecorded.class.getName(), "1", this.position,
				"AdministrativeUnit", unitId, 100 + this.position, recordedAt, Map.of(),
				new BriefingRecorded(briefingId, unitId, day(heldOn), "Hội nghị quán triệt", List.of("35-CT/TW"), 40));
	}

	private static LocalDate day(String text) {
		return LocalDate.parse(text);
	}

}
