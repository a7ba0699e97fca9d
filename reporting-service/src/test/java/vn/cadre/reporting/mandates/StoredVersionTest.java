package vn.cadre.reporting.mandates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.AssignmentRescinded;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.MandateEvent;
import vn.cadre.kernel.mandate.PositionAssigned;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each version a mandate's events make reads back from its document as it was written,
 * keeps what earlier events said that a later one does not change, and a document of an
 * earlier release reads alike.
 */
class StoredVersionTest {

	private static final Instant T1 = Instant.parse("2025-07-02T08:00:00.250Z");

	private static final PositionAssigned ASSIGNED = new PositionAssigned("m1", "u", "POLICE_CHIEF", "p1",
			LocalDate.of(2025, 7, 1), null, Locality.NON_LOCAL, "quê ở tỉnh khác", "05-QĐ", List.of("m0"));

	@Test
	void everyVersionOfAMandate_readsBackFromItsDocument() {
		StoredVersion assigned = StoredVersion.assigned(ASSIGNED, event(1, 1, T1, ASSIGNED));
		StoredVersion corrected = next(assigned, 2, new AssignmentCorrected("m1", "u", "POLICE_CHIEF", "p1",
				LocalDate.of(2025, 7, 15), null, Locality.LOCAL, "quê tại xã", List.of(), "ghi sai ngày", "07-QĐ"));
		StoredVersion ended = next(corrected, 3,
				new AssignmentEnded("m1", "u", LocalDate.of(2025, 12, 31), EndCause.UNIT_MERGED, "09-QĐ", "r-1"));
		StoredVersion rescinded = next(ended, 4, new AssignmentRescinded("m1", "u", "không có thật", "11-QĐ"));

		for (StoredVersion version : List.of(assigned, corrected, ended, rescinded,
				ended.closedAt(T1.plusSeconds(180)))) {
			assertThat(StoredVersion.of(version.document())).isEqualTo(version);
		}
		assertThat(ended.facts()).extracting(MandateVersion::reason, MandateVersion::locality, MandateVersion::change)
			.containsExactly("ghi sai ngày", "LOCAL", "ENDED");
		assertThat(ended.correctionBasis()).isEqualTo("07-QĐ");
		assertThat(rescinded.facts())
			.extracting(MandateVersion::endCause, MandateVersion::until, MandateVersion::rescinded)
			.containsExactly("UNIT_MERGED", LocalDate.of(2025, 12, 31), true);
		assertThat(rescinded)
			.extracting(StoredVersion::endLegalBasis, StoredVersion::restructuringId, StoredVersion::correctionBasis)
			.containsExactly("09-QĐ", "r-1", "11-QĐ");
		assertThat(rescinded.id()).isEqualTo("u/m1#4");
	}

	@Test
	void aDocumentOfAnEarlierRelease_readsAsTheSameVersion() {
		// as the projection wrote an ending before this mapping: explicit nulls, no
		// correction
		Document earlier = new Document("key", "u/m1").append("unitId", "u")
			.append("mandateId", "m1")
			.append("postCode", "POLICE_CHIEF")
			.append("personId", "p1")
			.append("from", "2025-07-01")
			.append("until", "2025-12-31")
			.append("ended", true)
			.append("locality", "NON_LOCAL")
			.append("localityBasis", "quê ở tỉnh khác")
			.append("legalBasis", "05-QĐ")
			.append("concurrentWith", List.of("m0"))
			.append("rescinded", false)
			.append("change", "ENDED")
			.append("endCause", "TRANSFERRED")
			.append("endLegalBasis", "09-QĐ")
			.append("restructuringId", null)
			.append("sequence", 3L)
			.append("position", 3L)
			.append("eventId", "e-3")
			.append("recordedFrom", Date.from(T1))
			.append("recordedUntil", null)
			.append("_id", "u/m1#3");

		StoredVersion read = StoredVersion.of(earlier);

		StoredVersion assigned = StoredVersion.assigned(ASSIGNED, event(1, 1, T1, ASSIGNED));
		AssignmentEnded end = new AssignmentEnded("m1", "u", LocalDate.of(2025, 12, 31), EndCause.TRANSFERRED, "09-QĐ",
				null);
		StoredVersion ended = assigned.after(end, event(3, 3, T1, end));
		assertThat(read).isEqualTo(ended);
		assertThat(ended.document()).as("the same document, a null written or not")
			.allSatisfy((field, value) -> assertThat(earlier.get(field)).as(field).isEqualTo(value));
	}

	private static StoredVersion next(StoredVersion previous, long position, MandateEvent payload) {
		return previous.after(payload, event(position, position, T1.plusSeconds(60 * position), payload));
	}

	private static PublishedEvent event(long position, long sequence, Instant recordedAt, MandateEvent event) {
		return new PublishedEvent("e-" + position, "mandate", "1", position, "AdministrativeUnit", "u", sequence,
				recordedAt, Map.of(), event);
	}

}
