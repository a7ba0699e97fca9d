package vn.cadre.reporting.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.cadre.reporting.briefings.Briefings.Briefing;
import vn.cadre.reporting.mandates.MandateVersion;
import vn.cadre.reporting.units.UnitView;

import static org.assertj.core.api.Assertions.assertThat;

/** The measures over small, hand-made histories whose answers are known. */
class MeasureEngineTest {

	private static final Period OLD_MODEL = new Period("old-model", "", "", LocalDate.of(2017, 1, 1),
			LocalDate.of(2025, 6, 30));

	private static final Instant RECORDED = Instant.parse("2026-01-01T00:00:00Z");

	private final List<MandateVersion> mandates = new ArrayList<>();

	private static UnitView unit(String id, LocalDate from, LocalDate until) {
		return new UnitView(id, "03390", "Đơn vị " + id, List.of(), "COMMUNE", List.of(), "COMMUNE", null, List.of(),
				from, until, null, List.of(), List.of(), "d", 1, RECORDED);
	}

	private void mandate(String unit, String id, String post, String person, String from, String until,
			String locality) {
		this.mandates.add(new MandateVersion(unit, id, post, person, LocalDate.parse(from),
				(until != null) ? LocalDate.parse(until) : null, false, null, locality, "basis", "QĐ " + id, List.of(),
				false, "ASSIGNED", null, this.mandates.size() + 1, RECORDED, null));
	}

	private final List<UnitView> oldUnits = List.of(unit("a", LocalDate.of(2008, 1, 1), LocalDate.of(2025, 6, 30)),
			unit("b", LocalDate.of(2008, 1, 1), LocalDate.of(2025, 6, 30)),
			unit("c", LocalDate.of(2008, 1, 1), LocalDate.of(2025, 6, 30)));

	@Test
	void secretaryChairingTheCouncil_countsUnits_whereOnePersonHeldBothOnACommonDay() {
		mandate("a", "a1", "PARTY_SECRETARY", "p1", "2020-06-01", "2025-06-30", "LOCAL");
		mandate("a", "a2", "COUNCIL_CHAIR", "p1", "2021-06-01", "2025-06-30", "LOCAL");
		mandate("b", "b1", "PARTY_DEPUTY_SECRETARY", "p2", "2020-06-01", "2025-06-30", "LOCAL");
		mandate("b", "b2", "COUNCIL_CHAIR", "p2", "2021-06-01", "2025-06-30", "LOCAL");
		mandate("c", "c1", "PARTY_SECRETARY", "p3", "2017-01-01", "2019-12-31", "LOCAL");
		mandate("c", "c2", "COUNCIL_CHAIR", "p3", "2020-01-01", null, "LOCAL");

		List<Measure> measures = MeasureEngine.compute(this.oldUnits, this.mandates, List.of(), OLD_MODEL);

		assertThat(value(measures, "SECRETARY_CHAIRS_COUNCIL")).as("c's posts never overlapped").isEqualTo(1);
		assertThat(value(measures, "DEPUTY_SECRETARY_CHAIRS_COUNCIL")).isEqualTo(1);
		assertThat(value(measures, "SECRETARY_OR_DEPUTY_CHAIRS_COUNCIL")).isEqualTo(2);
		assertThat(measure(measures, "SECRETARY_CHAIRS_COUNCIL").denominator()).isEqualTo(3);
		assertThat(measure(measures, "SECRETARY_CHAIRS_COUNCIL").evidence().get(0).mandateIds()).containsExactly("a1",
				"a2");
	}

	@Test
	void onADate_countsOnlyWhatHeldThatDay() {
		mandate("a", "a1", "PARTY_SECRETARY", "p1", "2020-06-01", "2022-12-31", "LOCAL");
		mandate("a", "a2", "COUNCIL_CHAIR", "p1", "2021-06-01", "2025-06-30", "LOCAL");

		assertThat(value(
				MeasureEngine.compute(this.oldUnits, this.mandates, List.of(), Period.day(LocalDate.of(2022, 1, 1))),
				"SECRETARY_CHAIRS_COUNCIL"))
			.isEqualTo(1);
		assertThat(value(
				MeasureEngine.compute(this.oldUnits, this.mandates, List.of(), Period.day(LocalDate.of(2023, 1, 1))),
				"SECRETARY_CHAIRS_COUNCIL"))
			.isZero();
	}

	@Test
	void nonLocalKeyPosts_countSlotsAndDistinctPersons_byPost() {
		mandate("a", "a1", "PARTY_SECRETARY", "p1", "2017-01-01", "2020-05-31", "NON_LOCAL");
		mandate("a", "a2", "PARTY_SECRETARY", "p2", "2020-06-01", null, "NON_LOCAL");
		mandate("b", "b1", "PARTY_SECRETARY", "p1", "2020-06-01", null, "NON_LOCAL");
		mandate("b", "b2", "POLICE_CHIEF", "p4", "2020-06-01", null, "NON_LOCAL");
		mandate("c", "c1", "COMMITTEE_CHAIR", "p5", "2020-06-01", null, "LOCAL");
		mandate("c", "c2", "PARTY_DEPUTY_SECRETARY", "p6", "2020-06-01", null, "NON_LOCAL");

		List<Measure> measures = MeasureEngine.compute(this.oldUnits, this.mandates, List.of(), OLD_MODEL);

		Measure slots = measure(measures, "NON_LOCAL_KEY_POSTS");
		assertThat(slots.value()).as("secretary in a and b, police in b; deputy secretary is no key post").isEqualTo(3);
		assertThat(slots.breakdown()).containsEntry("PARTY_SECRETARY", 2L).containsEntry("POLICE_CHIEF", 1L);
		assertThat(value(measures, "NON_LOCAL_KEY_POST_HOLDERS")).isEqualTo(3);
	}

	@Test
	void concurrentHoldings_areCountedByPairOfPosts_andBriefingsWithTheirAttendances() {
		mandate("a", "a1", "PARTY_BUILDING_BOARD_HEAD", "p1", "2025-07-01", null, "LOCAL");
		mandate("a", "a2", "COUNCIL_CULTURE_SOCIETY_BOARD_HEAD", "p1", "2025-07-01", null, "LOCAL");
		mandate("a", "a3", "FRONT_VICE_CHAIR", "p2", "2025-07-01", null, "LOCAL");
		mandate("a", "a4", "FARMERS_UNION_CHAIR", "p2", "2025-07-01", null, "LOCAL");
		List<UnitView> units = List.of(unit("a", LocalDate.of(2025, 7, 1), null));
		List<Briefing> briefings = List.of(
				new Briefing("h1", "a", LocalDate.of(2025, 8, 1), "Hội nghị", List.of("35-CT/TW"), 200, 9),
				new Briefing("h2", "a", LocalDate.of(2024, 8, 1), "Trước", List.of("35-CT/TW"), 50, 10));

		List<Measure> measures = MeasureEngine.compute(units, this.mandates, briefings,
				new Period("p", "", "", LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)));

		Measure concurrent = measure(measures, "CONCURRENT_HOLDINGS");
		assertThat(concurrent.value()).isEqualTo(2);
		assertThat(concurrent.breakdown()).containsOnlyKeys(
				"COUNCIL_CULTURE_SOCIETY_BOARD_HEAD + PARTY_BUILDING_BOARD_HEAD",
				"FARMERS_UNION_CHAIR + FRONT_VICE_CHAIR");
		assertThat(value(measures, "BRIEFINGS")).isEqualTo(1);
		assertThat(value(measures, "BRIEFING_ATTENDANCES")).isEqualTo(200);
	}

	@Test
	void rescindedMandates_andUnitsOutsideThePeriod_areNotCounted() {
		this.mandates.add(new MandateVersion("a", "x", "PARTY_SECRETARY", "p1", LocalDate.of(2020, 1, 1), null, false,
				null, "NON_LOCAL", "b", "d", List.of(), true, "RESCINDED", "nhầm", 3, RECORDED, null));
		List<UnitView> units = new ArrayList<>(this.oldUnits);
		units.add(unit("new", LocalDate.of(2025, 7, 1), null));

		List<Measure> measures = MeasureEngine.compute(units, this.mandates, List.of(), OLD_MODEL);

		assertThat(value(measures, "NON_LOCAL_KEY_POSTS")).isZero();
		assertThat(measure(measures, "SECRETARY_CHAIRS_COUNCIL").denominator()).isEqualTo(3);
	}

	@Test
	void batchesMerge_toTheFiguresOfTheWhole() {
		mandate("a", "a1", "PARTY_SECRETARY", "p1", "2017-01-01", null, "NON_LOCAL");
		mandate("b", "b1", "PARTY_SECRETARY", "p1", "2017-01-01", null, "NON_LOCAL");
		mandate("c", "c1", "POLICE_CHIEF", "p2", "2017-01-01", null, "NON_LOCAL");

		List<Measure> whole = MeasureEngine.compute(this.oldUnits, this.mandates, List.of(), OLD_MODEL);
		List<Measure> merged = MeasureBatches
			.merge(List.of(MeasureEngine.compute(this.oldUnits.subList(0, 1), this.mandates, List.of(), OLD_MODEL),
					MeasureEngine.compute(this.oldUnits.subList(1, 3), this.mandates, List.of(), OLD_MODEL)));

		for (Measure measure : whole) {
			Measure other = measure(merged, measure.id());
			assertThat(other.value()).as(measure.id()).isEqualTo(measure.value());
			assertThat(other.denominator()).as(measure.id()).isEqualTo(measure.denominator());
			assertThat(other.breakdown()).as(measure.id()).isEqualTo(measure.breakdown());
		}
		assertThat(value(merged, "NON_LOCAL_KEY_POST_HOLDERS")).as("p1 counted once across batches").isEqualTo(2);
	}

	private static long value(List<Measure> measures, String id) {
		return measure(measures, id).value();
	}

	private static Measure measure(List<Measure> measures, String id) {
		return measures.stream().filter(measure -> measure.id().equals(id)).findFirst().orElseThrow();
	}

}
