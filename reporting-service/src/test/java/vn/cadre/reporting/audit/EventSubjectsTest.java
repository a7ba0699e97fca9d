package vn.cadre.reporting.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.cadre.kernel.CadreEvent;
import vn.cadre.kernel.briefing.BriefingRecorded;
import vn.cadre.kernel.document.DocumentKind;
import vn.cadre.kernel.document.DocumentRegistered;
import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.AssignmentRescinded;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.person.OriginCorrected;
import vn.cadre.kernel.person.PersonRegistered;
import vn.cadre.kernel.unit.CodeAssigned;
import vn.cadre.kernel.unit.CodeReleased;
import vn.cadre.kernel.unit.CodeSpan;
import vn.cadre.kernel.unit.PartsTransferred;
import vn.cadre.kernel.unit.UnitDissolved;
import vn.cadre.kernel.unit.UnitEnlarged;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitRenamed;
import vn.cadre.kernel.unit.UnitReparented;
import vn.cadre.kernel.unit.UnitRetyped;
import vn.cadre.kernel.unit.UnitSplit;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.kernel.unit.UnitsMerged;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whom and when each event of the kernel is about, for every event type: a new type fails
 * {@link #everyKernelEvent_hasAnExpectationHere} until it is taught to
 * {@link EventSubjects}.
 */
class EventSubjectsTest {

	private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);

	private static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

	private static final LocalDate LATER = LocalDate.of(2026, 3, 14);

	/** One sample of every event type, with the subjects it must have without history. */
	private static final Map<CadreEvent, EventSubjects> EXPECTED = expected();

	private static Map<CadreEvent, EventSubjects> expected() {
		Map<CadreEvent, EventSubjects> expected = new LinkedHashMap<>();
		expected.put(new UnitRegistered("binh-lu", "03390", "Bình Lư", UnitType.COMMUNE, "lai-chau", EFFECTIVE, "nq"),
				subjects(List.of("binh-lu"), List.of(), EFFECTIVE, EFFECTIVE));
		expected.put(new UnitRenamed("binh-lu", "Bình Lư mới", LATER, "nq"),
				subjects(List.of("binh-lu"), List.of(), LATER, LATER));
		expected.put(new UnitRetyped("binh-lu", UnitType.WARD, LATER, null, "nq"),
				subjects(List.of("binh-lu"), List.of(), LATER, LATER));
		expected.put(new UnitReparented("binh-lu", "lai-chau", EFFECTIVE, "r-1", "nq"),
				subjects(List.of("binh-lu"), List.of(), EFFECTIVE, EFFECTIVE));
		expected.put(
				new UnitsMerged("binh-lu", "03390", "Bình Lư", UnitType.COMMUNE, "lai-chau", EFFECTIVE,
						List.of("tam-duong", "son-binh", "ho-thau"), List.of("ho-thau"),
						List.of(span("tam-duong"), span("son-binh"), span("old-ban-hon")), "r-1", "nq"),
				subjects(List.of("binh-lu", "tam-duong", "son-binh", "ho-thau", "old-ban-hon"), List.of(), EFFECTIVE,
						EFFECTIVE));
		expected.put(
				new UnitEnlarged("binh-lu", LATER, List.of("ban-giang"), List.of("ban-giang"),
						List.of(span("ban-giang")), "r-2", "nq"),
				subjects(List.of("binh-lu", "ban-giang"), List.of(), LATER, LATER));
		expected.put(new UnitMergedInto("son-binh", "binh-lu", BEFORE, "r-1", "nq"),
				subjects(List.of("son-binh", "binh-lu"), List.of(), BEFORE, BEFORE));
		expected.put(new UnitSplit("ho-thau", List.of("binh-lu", "ban-giang"), BEFORE, "r-1", "nq"),
				subjects(List.of("ho-thau", "binh-lu", "ban-giang"), List.of(), BEFORE, BEFORE));
		expected.put(new PartsTransferred("ban-giang", List.of("binh-lu"), EFFECTIVE, "r-1", "nq"),
				subjects(List.of("ban-giang", "binh-lu"), List.of(), EFFECTIVE, EFFECTIVE));
		expected.put(new UnitDissolved("tam-duong-district", BEFORE, "nq"),
				subjects(List.of("tam-duong-district"), List.of(), BEFORE, BEFORE));
		expected.put(new CodeAssigned("03390", "binh-lu", EFFECTIVE, "nq"),
				subjects(List.of("binh-lu"), List.of(), EFFECTIVE, EFFECTIVE));
		expected.put(new CodeReleased("03390", "tam-duong", BEFORE, "nq"),
				subjects(List.of("tam-duong"), List.of(), BEFORE, BEFORE));
		expected.put(assigned("p1", EFFECTIVE, null), subjects(List.of("binh-lu"), List.of("p1"), EFFECTIVE, null));
		expected.put(new AssignmentEnded("m1", "binh-lu", LATER, EndCause.TRANSFERRED, "09-QĐ", null),
				subjects(List.of("binh-lu"), List.of(), LATER, LATER));
		expected.put(corrected("p2", EFFECTIVE.plusDays(14), LATER),
				subjects(List.of("binh-lu"), List.of("p2"), EFFECTIVE.plusDays(14), LATER));
		expected.put(new AssignmentRescinded("m1", "binh-lu", "nhập nhầm", "11-QĐ"),
				subjects(List.of("binh-lu"), List.of(), null, null));
		expected.put(new PersonRegistered("p1", "Cán bộ 01", 1975, "03390", EFFECTIVE, null, null),
				subjects(List.of(), List.of("p1"), null, null));
		expected.put(new OriginCorrected("p1", "03391", EFFECTIVE, null, null, "ghi sai quê quán"),
				subjects(List.of(), List.of("p1"), null, null));
		expected.put(new BriefingRecorded("b1", "binh-lu", LATER, "Quán triệt Nghị quyết", List.of("05-NQ/TU"), 120),
				subjects(List.of("binh-lu"), List.of(), LATER, LATER));
		expected.put(new DocumentRegistered("05-NQ/TU", BEFORE, "Tỉnh ủy", DocumentKind.RESOLUTION, "Nghị quyết"),
				subjects(List.of(), List.of(), BEFORE, BEFORE));
		return expected;
	}

	@Test
	void everyEventType_hasItsUnitsPersonsAndValidTime() {
		EXPECTED
			.forEach((event, subjects) -> assertThat(EventSubjects.of(event, null)).as(event.getClass().getSimpleName())
				.isEqualTo(subjects));
	}

	@Test
	void everyKernelEvent_hasAnExpectationHere() {
		List<String> kernelEvents = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("vn.cadre.kernel")
			.stream()
			.map(JavaClass::reflect)
			.filter(type -> CadreEvent.class.isAssignableFrom(type) && type.isRecord())
			.map(Class::getSimpleName)
			.sorted()
			.toList();

		assertThat(kernelEvents).as("the kernel's event records").isNotEmpty();
		assertThat(EXPECTED.keySet()).extracting(event -> event.getClass().getSimpleName())
			.containsExactlyInAnyOrderElementsOf(kernelEvents);
		assertThat(AuditEventTypes.simpleNames()).as("the types a filter may name")
			.containsExactlyInAnyOrderElementsOf(kernelEvents);
	}

	@Test
	void anEnding_namesTheHolderKnownBefore_andSpeaksOfItsLastDay() {
		MandateState before = MandateState.after(assigned("p1", EFFECTIVE, null), null);

		EventSubjects subjects = EventSubjects
			.of(new AssignmentEnded("m1", "binh-lu", LATER, EndCause.TERM_ENDED, "09-QĐ", null), before);

		assertThat(subjects.personIds()).containsExactly("p1");
		assertThat(subjects.valid()).isEqualTo(ValidSpan.day(LATER));
	}

	@Test
	void aCorrection_namesTheHolderItReplaced_andSpeaksOfBothPeriods() {
		MandateState before = MandateState.after(assigned("p1", EFFECTIVE, LATER), null);

		EventSubjects subjects = EventSubjects.of(corrected("p2", EFFECTIVE.plusDays(14), null), before);

		assertThat(subjects.personIds()).containsExactly("p2", "p1");
		assertThat(subjects.valid()).as("from the earlier start, open as corrected")
			.isEqualTo(new ValidSpan(EFFECTIVE, null));
	}

	@Test
	void aRescission_speaksOfThePeriodTheMandateWasBelievedToHave() {
		MandateState assigned = MandateState.after(assigned("p1", EFFECTIVE, null), null);
		MandateState ended = MandateState
			.after(new AssignmentEnded("m1", "binh-lu", LATER, EndCause.RESIGNED, "09-QĐ", null), assigned);

		EventSubjects subjects = EventSubjects.of(new AssignmentRescinded("m1", "binh-lu", "nhập nhầm", "11-QĐ"),
				ended);

		assertThat(ended.personId()).as("an ending keeps the holder").isEqualTo("p1");
		assertThat(subjects.personIds()).containsExactly("p1");
		assertThat(subjects.valid()).isEqualTo(new ValidSpan(EFFECTIVE, LATER));
	}

	@Test
	void aUnitNamedTwice_isListedOnce() {
		EventSubjects subjects = EventSubjects.of(new UnitsMerged("binh-lu", "03390", "Bình Lư", UnitType.COMMUNE, null,
				EFFECTIVE, List.of("son-binh"), List.of(), List.of(span("son-binh"), span("binh-lu")), "r", "nq"),
				null);

		assertThat(subjects.unitIds()).containsExactly("binh-lu", "son-binh");
	}

	@Test
	void spans_coverEachOther() {
		ValidSpan closed = new ValidSpan(EFFECTIVE, LATER);

		assertThat(closed.hull(ValidSpan.NONE)).isEqualTo(closed);
		assertThat(ValidSpan.NONE.hull(closed)).isEqualTo(closed);
		assertThat(closed.hull(ValidSpan.day(BEFORE))).isEqualTo(new ValidSpan(BEFORE, LATER));
		assertThat(closed.hull(new ValidSpan(LATER, null))).isEqualTo(new ValidSpan(EFFECTIVE, null));
	}

	private static PositionAssigned assigned(String personId, LocalDate from, LocalDate until) {
		return new PositionAssigned("m1", "binh-lu", "PARTY_SECRETARY", personId, from, until, Locality.LOCAL,
				"quê quán", "05-QĐ", List.of());
	}

	private static AssignmentCorrected corrected(String personId, LocalDate from, LocalDate until) {
		return new AssignmentCorrected("m1", "binh-lu", "PARTY_SECRETARY", personId, from, until, Locality.LOCAL,
				"quê quán", List.of(), "ghi sai", "07-QĐ");
	}

	private static CodeSpan span(String unitId) {
		return new CodeSpan(unitId, "0339" + unitId.length() % 10, unitId, LocalDate.of(2008, 1, 1), BEFORE);
	}

	private static EventSubjects subjects(List<String> unitIds, List<String> personIds, LocalDate from,
			LocalDate until) {
		return new EventSubjects(unitIds, personIds, new ValidSpan(from, until));
	}

}
