package vn.cadre.reporting.mandates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A version written as a line reads back with the same facts, whatever its text holds.
 */
class VersionLineTest {

	private static final Instant FROM = Instant.parse("2025-07-02T08:00:00.123Z");

	@Test
	void aLine_readsBackTheFactsTheMeasuresUse_evenWithSeparatorsBackslashesAndAbsentValues() {
		Document version = new Document("_id", "u/m1#3").append("unitId", "u")
			.append("mandateId", "m1")
			.append("postCode", "POLICE_CHIEF")
			.append("personId", "p\\1")
			.append("from", "2025-07-01")
			.append("until", null)
			.append("locality", "NON_LOCAL")
			.append("localityBasis", "quê \u001f ở\\0 nơi khác")
			.append("legalBasis", null)
			.append("position", 42L)
			.append("recordedFrom", Date.from(FROM))
			.append("recordedUntil", null);

		String line = VersionLine.of(version);
		MandateVersion read = VersionLine.version("u", line);

		assertThat(read)
			.isEqualTo(new MandateVersion("u", "m1", "POLICE_CHIEF", "p\\1", LocalDate.of(2025, 7, 1), null, false,
					null, "NON_LOCAL", "quê \u001f ở\\0 nơi khác", null, List.of(), false, null, null, 42, FROM, null));
		assertThat(VersionLine.id(line)).isEqualTo("u/m1#3");
		assertThat(VersionLine.person(line)).isEqualTo("p\\1");
		Date until = Date.from(FROM.plusSeconds(60));
		assertThat(VersionLine.recordedUntil(VersionLine.closedAt(line, until))).isEqualTo(until.toInstant());
		assertThat(VersionLine.version("u", VersionLine.closedAt(line, until)).localityBasis())
			.isEqualTo("quê \u001f ở\\0 nơi khác");
	}

}
