package vn.cadre.reporting.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cadre.kernel.CadreEvent;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.kernel.unit.UnitsMerged;
import vn.cadre.reporting.briefings.Briefings;
import vn.cadre.reporting.mandates.MandateHistoryProjection;
import vn.cadre.reporting.mandates.MandateQueries;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.ReadModels;
import vn.cadre.reporting.units.UnitQueries;
import vn.cadre.reporting.units.UnitRegisterProjection;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national view's answer, one question for every province, gives each province the
 * figures its own province question gives, and leaves out the provinces that did not
 * exist in the period: two old provinces (one with a district between it and its
 * communes) merge into a new one on 2025-07-01, a commune of each into a new commune.
 */
class ProvinceMeasuresTest {

	private static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

	private static final LocalDate FOUNDED = LocalDate.of(2008, 1, 1);

	private static MongoClient client;

	private static MeasureService service;

	@BeforeAll
	static void history() {
		client = MongoClients.create(TestInfrastructure.mongoUri());
		ReadModels readModels = ReadModels
			.of(client.getDatabase("provinces_" + UUID.randomUUID().toString().substring(0, 8)));
		List<CadreEvent> events = new ArrayList<>(
				List.of(new UnitRegistered("p1", "01", "Tỉnh Một", UnitType.PROVINCE, null, FOUNDED, "d"),
						new UnitRegistered("p2", "02", "Tỉnh Hai", UnitType.PROVINCE, null, FOUNDED, "d"),
						new UnitRegistered("h1", "101", "Huyện Một", UnitType.RURAL_DISTRICT, "p1", FOUNDED, "d"),
						new UnitRegistered("a", "00001", "Xã A", UnitType.COMMUNE, "h1", FOUNDED, "d"),
						new UnitRegistered("b", "00002", "Xã B", UnitType.COMMUNE, "h1", FOUNDED, "d"),
						new UnitRegistered("c", "00003", "Xã C", UnitType.COMMUNE, "p2", FOUNDED, "d"),
						assign("m1", "a", "PARTY_SECRETARY", "x1", LocalDate.of(2021, 1, 1), Locality.LOCAL),
						assign("m2", "a", "COUNCIL_CHAIR", "x1", LocalDate.of(2021, 1, 1), Locality.LOCAL),
						assign("m3", "b", "PARTY_SECRETARY", "x2", LocalDate.of(2021, 1, 1), Locality.NON_LOCAL),
						assign("m4", "c", "COMMITTEE_CHAIR", "x3", LocalDate.of(2022, 1, 1), Locality.NON_LOCAL),
						new UnitMergedInto("p1", "p3", EFFECTIVE.minusDays(1), "r", "nq"),
						new UnitMergedInto("p2", "p3", EFFECTIVE.minusDays(1), "r", "nq"),
						new UnitsMerged("p3", "03", "Tỉnh Ba", UnitType.PROVINCE, null, EFFECTIVE, List.of("p1", "p2"),
								List.of(), List.of(), "r", "nq"),
						new UnitMergedInto("b", "n", EFFECTIVE.minusDays(1), "r2", "nq"),
						new UnitMergedInto("c", "n", EFFECTIVE.minusDays(1), "r2", "nq"),
						new UnitsMerged("n", "00004", "Xã N", UnitType.COMMUNE, "p3", EFFECTIVE, List.of("b", "c"),
								List.of(), List.of(), "r2", "nq"),
						assign("m5", "n", "PARTY_SECRETARY", "x2", EFFECTIVE, Locality.NON_LOCAL),
						assign("m6", "n", "COUNCIL_CHAIR", "x2", EFFECTIVE, Locality.NON_LOCAL)));
		List<PublishedEvent> published = new ArrayList<>();
		Map<String, Long> sequences = new HashMap<>();
		for (int i = 0; i < events.size(); i++) {
			CadreEvent event = events.get(i);
			String aggregate = (event instanceof PositionAssigned assigned) ? assigned.unitId() : unitOf(event);
			published.add(new PublishedEvent("e" + i, event.getClass().getName(), "1", i + 1, "AdministrativeUnit",
					aggregate, sequences.merge(aggregate, 1L, Long::sum) - 1,
					Instant.parse("2025-01-01T00:00:00Z").plusSeconds(3600L * i), Map.of(), event));
		}
		new UnitRegisterProjection().applyAll(published, readModels);
		new MandateHistoryProjection().applyAll(published, readModels);
		Generations generations = new Generations(readModels.database());
		service = new MeasureService(new UnitQueries(generations), new MandateQueries(generations),
				new Briefings(generations), WideQuestionsTest.oneAtATime());
	}

	@AfterAll
	static void close() {
		client.close();
	}

	@Test
	void eachProvincesFigures_areThoseOfItsOwnQuestion_forTheProvincesOfThePeriod() {
		Period before = new Period("old", "", "", LocalDate.of(2021, 6, 1), EFFECTIVE.minusDays(1));
		Period after = new Period("new", "", "", EFFECTIVE, LocalDate.of(2026, 12, 31));
		for (Period period : List.of(before, after)) {
			List<MeasureService.ProvinceMeasures> rows = service.byProvince("COMMUNE", period, null, Instant.now());
			assertThat(rows).extracting(MeasureService.ProvinceMeasures::unitId)
				.as(period.id())
				.containsExactly((period == before) ? new String[] { "p1", "p2" } : new String[] { "p3" });
			for (MeasureService.ProvinceMeasures row : rows) {
				List<Measure> alone = service
					.measure(Scope.PROVINCE, row.unitId(), "COMMUNE", period, null, Instant.now())
					.measures();
				assertThat(row.measures()).as("%s in %s", row.unitId(), period.id())
					.isEqualTo(alone.stream().map(measure -> measure.page(0, 0)).toList());
			}
		}
		MeasureService.ProvinceMeasures p1 = service.byProvince("COMMUNE", before, null, Instant.now()).get(0);
		assertThat(figure(p1, "SECRETARY_CHAIRS_COUNCIL").value()).as("a's secretary chairs its council").isEqualTo(1);
		assertThat(figure(p1, "SECRETARY_CHAIRS_COUNCIL").denominator()).as("a and b, below the district").isEqualTo(2);
		MeasureService.ProvinceMeasures p3 = service.byProvince("COMMUNE", after, null, Instant.now()).get(0);
		assertThat(figure(p3, "SECRETARY_CHAIRS_COUNCIL").value()).isEqualTo(1);
	}

	private static Measure figure(MeasureService.ProvinceMeasures row, String id) {
		return row.measures().stream().filter(measure -> measure.id().equals(id)).findFirst().orElseThrow();
	}

	private static String unitOf(CadreEvent event) {
		if (event instanceof UnitRegistered registered) {
			return registered.unitId();
		}
		if (event instanceof UnitMergedInto merged) {
			return merged.unitId();
		}
		return ((UnitsMerged) event).unitId();
	}

	private static PositionAssigned assign(String mandateId, String unitId, String post, String person, LocalDate from,
			Locality locality) {
		return new PositionAssigned(mandateId, unitId, post, person, from, null, locality, "x", "d", List.of());
	}

}
