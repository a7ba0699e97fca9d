package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.cadre.assignments.InvalidRequest;
import vn.cadre.assignments.briefing.RecordBriefing;
import vn.cadre.assignments.document.UnknownCitation;
import vn.cadre.kernel.briefing.BriefingRecorded;
import vn.cadre.kernel.document.DocumentKind;
import vn.cadre.kernel.document.DocumentRegistered;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A briefing is recorded only for a unit that existed on its day, only on registered
 * documents; its title is kept without the spaces around it. Its rules span three
 * aggregates, so it runs through {@link UnitsFixture}. (A second briefing of the same id
 * is refused by the event store's unique stream, which the in-memory store here lacks.)
 */
class BriefingRulesTest {

	private static final LocalDate ESTABLISHED = LocalDate.of(2020, 1, 1);

	private final UnitsFixture fixture = new UnitsFixture().given(
			new UnitRegistered("xa-a", "90001", "Xã A", UnitType.COMMUNE, null, ESTABLISHED, "05-QĐ/TU"),
			new DocumentRegistered("05-QĐ/TU", LocalDate.of(2019, 6, 1), "Ban Thường vụ Tỉnh ủy", DocumentKind.DECISION,
					"Quy định (minh họa)"));

	@Test
	void aBriefingOnARegisteredDocument_inAUnitThatExisted_isRecorded_withItsTitleTrimmed() {
		this.fixture.when(briefing("hn-1", ESTABLISHED, List.of("05-QĐ/TU")))
			.expectEvents(
					new BriefingRecorded("hn-1", "xa-a", ESTABLISHED, "Hội nghị quán triệt", List.of("05-QĐ/TU"), 40));
	}

	@Test
	void aBriefingBeforeTheUnitExisted_isRefused_andNothingIsStored() {
		this.fixture.when(briefing("hn-2", ESTABLISHED.minusDays(1), List.of("05-QĐ/TU")))
			.expectException(UnitNotActiveOn.class)
			.expectNoEvents();
	}

	@Test
	void aBriefingOnAnUnregisteredDocument_isRefused_andNothingIsStored() {
		UnitsFixture.Outcome outcome = this.fixture
			.when(briefing("hn-3", ESTABLISHED, List.of("05-QĐ/TU", "99-QĐ/KHONG")))
			.expectException(UnknownCitation.class)
			.expectNoEvents();
		assertThat(((UnknownCitation) outcome.refusal()).field()).as("named where the briefing cites it")
			.isEqualTo("documents");
	}

	@Test
	void aBriefingInAUnitNeverRegistered_isRefused() {
		UnitsFixture.Outcome outcome = this.fixture
			.when(new RecordBriefing("hn-4", new UnitId("xa-khong"), ESTABLISHED, "Hội nghị", List.of("05-QĐ/TU"), 1))
			.expectException(UnknownUnit.class)
			.expectNoEvents();
		assertThat(((UnknownUnit) outcome.refusal()).field()).isEqualTo("unitId");
	}

	@Test
	void aBriefingWithoutDocumentsOrAttendance_cannotBeCommanded() {
		assertThatThrownBy(() -> briefing("hn-6", ESTABLISHED, List.of())).isInstanceOf(InvalidRequest.class);
		assertThatThrownBy(
				() -> new RecordBriefing("hn-7", new UnitId("xa-a"), ESTABLISHED, "Hội nghị", List.of("05-QĐ/TU"), 0))
			.isInstanceOf(InvalidRequest.class);
	}

	private static RecordBriefing briefing(String id, LocalDate heldOn, List<String> documents) {
		return new RecordBriefing(id, new UnitId("xa-a"), heldOn, "  Hội nghị quán triệt ", documents, 40);
	}

}
