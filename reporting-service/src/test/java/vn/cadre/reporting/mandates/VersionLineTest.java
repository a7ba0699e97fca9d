package vn.cadre.reporting.mandates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

	@Test
	void aDay_isReadAsLocalDateReadsIt_andRefusedAlike() {
		for (String day : List.of("2025-07-01", "1945-01-01", "2100-12-31", "2024-02-29", "0001-01-01")) {
			assertThat(VersionLine.day(day)).as(day).isEqualTo(LocalDate.parse(day));
		}
		for (String bad : List.of("2025-02-30", "2025-13-01", "2025-7-01", "2025-07-0x", "2025/07/01")) {
			assertThatThrownBy(() -> VersionLine.day(bad)).as(bad).isInstanceOf(DateTimeException.class);
		}
	}

}
