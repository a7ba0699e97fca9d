package vn.cadre.console.dashboard;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionTest {

	@Test
	void anEmptyQuestion_asksForTheTwoLevelModelOfALineage_andNeedsAUnit() {
		Question question = new Question(null, null, null, null, null, null, null);

		assertThat(question.scope()).isEqualTo("LINEAGE");
		assertThat(question.period()).isEqualTo("two-level-model");
		assertThat(question.answerable()).isFalse();
		assertThat(new Question("COUNTRY", null, null, null, null, null, null).answerable()).isTrue();
	}

	@Test
	void aCustomPeriod_sendsItsDays_andANamedOneOnlyItsName() {
		Question custom = new Question("UNIT", "binh-lu", "COMMUNE", "custom", LocalDate.of(2025, 7, 1),
				LocalDate.of(2026, 6, 30), null);
		Question named = new Question("UNIT", "binh-lu", "COMMUNE", "old-model", LocalDate.of(2025, 7, 1), null, null);

		assertThat(custom.parameters()).containsEntry("from", "2025-07-01")
			.containsEntry("until", "2026-06-30")
			.doesNotContainKey("period");
		assertThat(named.parameters()).containsEntry("period", "old-model").doesNotContainKey("from");
	}

	@Test
	void theQueryString_keepsEveryPart_encoded() {
		Question question = new Question("UNIT", "đơn vị 1", "COMMUNE", "old-model", null, null,
				"2026-01-01T00:00:00Z");

		assertThat(question.query()).contains("scope=UNIT")
			.contains("unitId=%C4%91%C6%A1n%20v%E1%BB%8B%201")
			.contains("knownAt=2026-01-01T00:00:00Z")
			.doesNotContain("from=");
	}

}
