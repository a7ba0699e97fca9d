package vn.cadre.reporting.measures;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The periods of the catalogue and the days they count when asked. */
class NamedPeriodTest {

	private static final LocalDate REPORT_DATE = LocalDate.of(2026, 6, 30);

	private static final NamedPeriod OLD_MODEL = new NamedPeriod("old-model", "", "", LocalDate.of(2017, 1, 1),
			LocalDate.of(2025, 6, 30));

	private static final NamedPeriod TWO_LEVEL_MODEL = new NamedPeriod("two-level-model", "", "",
			LocalDate.of(2025, 7, 1), null);

	@Test
	void aPeriodWithAnEnd_countsItsOwnDays_whicheverDayItIsAsked() {
		Period counted = OLD_MODEL.through(REPORT_DATE);

		assertThat(counted.from()).isEqualTo(LocalDate.of(2017, 1, 1));
		assertThat(counted.until()).isEqualTo(LocalDate.of(2025, 6, 30));
	}

	@Test
	void aRunningPeriod_countsToTheDayAsked() {
		Period counted = TWO_LEVEL_MODEL.through(REPORT_DATE);

		assertThat(counted.id()).isEqualTo("two-level-model");
		assertThat(counted.from()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(counted.until()).isEqualTo(REPORT_DATE);
		assertThat(TWO_LEVEL_MODEL.through(LocalDate.of(2025, 7, 1)).until()).isEqualTo(LocalDate.of(2025, 7, 1));
	}

	@Test
	void aRunningPeriod_askedBeforeItBegan_isRefused_namingBothDays() {
		assertThatThrownBy(() -> TWO_LEVEL_MODEL.through(LocalDate.of(2025, 6, 30)))
			.isInstanceOf(NamedPeriod.NotYetBegun.class)
			.hasMessageContaining("2025-07-01")
			.hasMessageContaining("2025-06-30");
	}

	@Test
	void aFarFutureEnd_isRefused_anOpenEndIsWrittenAsAbsent() {
		assertThatThrownBy(
				() -> new NamedPeriod("forever", "", "", LocalDate.of(2025, 7, 1), LocalDate.of(9999, 12, 31)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("leave until out");
		assertThatThrownBy(
				() -> new NamedPeriod("backwards", "", "", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 30)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
