package vn.cadre.assignments.mandate;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.unit.UnitCode;

import static org.assertj.core.api.Assertions.assertThat;

class LocalityRuleTest {

	private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

	/**
	 * New Bình Lư carries 03390 from the merger; its predecessors carried 03390, 03412,
	 * 03413 before it.
	 */
	private static final List<LocalityRule.CodePeriod> NEW_BINH_LU = List.of(
			new LocalityRule.CodePeriod("03390", DateRange.from(MERGER), "Bình Lư"),
			new LocalityRule.CodePeriod("03390", new DateRange(LocalDate.of(2008, 1, 1), MERGER.minusDays(1)),
					"Tam Đường"),
			new LocalityRule.CodePeriod("03412", new DateRange(LocalDate.of(2008, 1, 1), MERGER.minusDays(1)),
					"Bình Lư"),
			new LocalityRule.CodePeriod("03413", new DateRange(LocalDate.of(2008, 1, 1), MERGER.minusDays(1)),
					"Sơn Bình"));

	@Test
	void aSonBinhNative_isLocalToTheNewBinhLu() {
		LocalityRule.Decision decision = LocalityRule.decide(origin("03413", LocalDate.of(2019, 1, 1)), NEW_BINH_LU);

		assertThat(decision.locality()).isEqualTo(Locality.LOCAL);
		assertThat(decision.basis()).contains("03413").contains("Sơn Bình");
	}

	@Test
	void aCodeGivenForADayBeforeTheRegisterKnowsIt_doesNotMatch() {
		assertThat(LocalityRule.decide(origin("03413", LocalDate.of(1990, 5, 1)), NEW_BINH_LU).locality())
			.isEqualTo(Locality.NON_LOCAL);
	}

	@Test
	void aReusedCode_matchesOnlyTheUnitThatHadItOnThatDay() {
		List<LocalityRule.CodePeriod> oldBinhLu = List.of(new LocalityRule.CodePeriod("03412",
				new DateRange(LocalDate.of(2008, 1, 1), MERGER.minusDays(1)), "Bình Lư"));

		assertThat(LocalityRule.decide(origin("03390", LocalDate.of(1990, 5, 1)), oldBinhLu).locality())
			.as("a Tam Đường native is not local to the old xã Bình Lư")
			.isEqualTo(Locality.NON_LOCAL);
		assertThat(LocalityRule.decide(origin("03412", LocalDate.of(2026, 1, 1)), oldBinhLu).locality())
			.as("03412 means nothing after the merger")
			.isEqualTo(Locality.NON_LOCAL);
	}

	@Test
	void aBirthplaceInTheLineage_makesALocalToo() {
		Origin origin = new Origin(new UnitCode("01001"), LocalDate.of(2019, 1, 1), new UnitCode("03412"),
				LocalDate.of(2019, 1, 1));

		assertThat(LocalityRule.decide(origin, NEW_BINH_LU).basis()).startsWith("nơi sinh / birthplace");
	}

	@Test
	void anOverride_recordsTheStaffsReason() {
		LocalityRule.Decision decision = LocalityRule
			.override(new LocalityOverride(Locality.NON_LOCAL, "Điều động từ tỉnh khác"));

		assertThat(decision.locality()).isEqualTo(Locality.NON_LOCAL);
		assertThat(decision.basis()).contains("Điều động từ tỉnh khác");
	}

	private static Origin origin(String code, LocalDate on) {
		return new Origin(new UnitCode(code), on, null, null);
	}

}
