package vn.cadre.reporting.mandates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A version written as a line reads back with the same facts, whatever its text holds.
 */
class VersionLineTest {

	private static final Instant FROM = Instant.parse("2025-07-02T08:00:00.123Z");

	@Test
	void aLine_readsBackTheFactsTheMeasuresUse_evenWithSeparatorsBackslashesAndAbsentValues() {
		MandateVersion version = new MandateVersion("u", "m1", "POLICE_CHIEF", "p\\1", LocalDate.of(2025, 7, 1), null,
				false, null, "NON_LOCAL", "quê \u001f ở\\0 nơi khác", null, List.of(), false, null, null, 42, FROM,
				null);

		String line = VersionLine.of("u/m1#3", version);
		MandateVersion read = VersionLine.version("u", line);

		assertThat(read).isEqualTo(version);
		assertThat(VersionLine.id(line)).isEqualTo("u/m1#3");
		assertThat(VersionLine.person(line)).isEqualTo("p\\1");
		Date until = Date.from(FROM.plusSeconds(60));
		assertThat(VersionLine.recordedUntil(VersionLine.closedAt(line, until))).isEqualTo(until.toInstant());
		assertThat(VersionLine.version("u", VersionLine.closedAt(line, until)).localityBasis())
			.isEqualTo("quê \u001f ở\\0 nơi khác");
	}

}
