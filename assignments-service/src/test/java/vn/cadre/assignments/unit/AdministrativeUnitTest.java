package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.cadre.assignments.InvalidRequest;
import vn.cadre.assignments.mandate.AssignPosition;
import vn.cadre.kernel.mandate.AssignmentRescinded;
import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.assignments.mandate.RescindAssignment;
import vn.cadre.assignments.mandate.MandateRescinded;
import vn.cadre.assignments.mandate.MandateIdTaken;
import vn.cadre.assignments.mandate.EndedMandateNeedsLastDay;
import vn.cadre.assignments.mandate.CorrectionChangesNothing;
import vn.cadre.assignments.mandate.CorrectAssignment;
import vn.cadre.assignments.mandate.ConcurrencyNotBorneOut;
import vn.cadre.assignments.mandate.EndAssignment;
import vn.cadre.assignments.mandate.EndBeforeStart;
import vn.cadre.assignments.mandate.EndBeyondPeriod;
import vn.cadre.assignments.mandate.LocalityOverride;
import vn.cadre.assignments.mandate.MandateAlreadyEnded;
import vn.cadre.assignments.mandate.MandateNotFound;
import vn.cadre.assignments.mandate.PersonAlreadyHoldsPost;
import vn.cadre.assignments.mandate.PostAlreadyHeld;
import vn.cadre.assignments.mandate.PostNotAvailable;
import vn.cadre.assignments.person.PersonOrigins;
import vn.cadre.assignments.person.UnknownPerson;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.person.PersonId;
import vn.cadre.kernel.post.PostCode;
import vn.cadre.kernel.unit.UnitCode;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitName;
import vn.cadre.kernel.unit.UnitDissolved;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitRenamed;
import vn.cadre.kernel.unit.UnitRetyped;
import vn.cadre.kernel.unit.UnitType;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AdministrativeUnitTest {

	private static final UnitId BINH_LU = new UnitId("unit-binh-lu");

	private static final UnitId LAI_CHAU = new UnitId("unit-lai-chau");

	private static final LocalDate TWO_LEVEL_MODEL = LocalDate.of(2025, 7, 1);

	private static final String RESOLUTION = "1670/NQ-UBTVQH15";

	private FixtureConfiguration<AdministrativeUnit> fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new AggregateTestFixture<>(AdministrativeUnit.class);
	}

	@Nested
	class RenameUnitCommand {

		private final UnitRegistered registered = new UnitRegistered(BINH_LU.value(), "03390", "Bình Lư",
				UnitType.COMMUNE, LAI_CHAU.value(), TWO_LEVEL_MODEL, RESOLUTION);

		@Test
		void rename_recordsTheBareNewNameFromItsDate() {
			fixture.given(registered)
				.when(new RenameUnit(BINH_LU, new UnitName("Xã Bình Lư Mới"), LocalDate.of(2026, 3, 1), "12/NQ-HĐND"))
				.expectEvents(new UnitRenamed(BINH_LU.value(), "Bình Lư Mới", LocalDate.of(2026, 3, 1), "12/NQ-HĐND"));
		}

		@Test
		void rename_isRejected_whenTheNameIsUnchanged() {
			fixture.given(registered)
				.when(new RenameUnit(BINH_LU, new UnitName("Xã Bình Lư"), LocalDate.of(2026, 3, 1), "12/NQ-HĐND"))
				.expectException(UnitNameUnchanged.class)
				.expectNoEvents();
		}

		@Test
		void rename_isRejected_whenDatedBeforeTheCurrentName() {
			fixture.given(registered, new UnitRenamed(BINH_LU.value(), "Bình Lư Mới", LocalDate.of(2026, 3, 1), "12"))
				.when(new RenameUnit(BINH_LU, new UnitName("Bình Lư Cũ"), LocalDate.of(2026, 2, 1), "13/NQ-HĐND"))
				.expectException(ChangeOutOfOrder.class)
				.expectNoEvents();
		}

		@Test
		void rename_isRejected_whenDatedBeforeTheUnitExisted() {
			fixture.given(registered)
				.when(new RenameUnit(BINH_LU, new UnitName("Bình Lư Mới"), LocalDate.of(2025, 6, 30), "12/NQ-HĐND"))
				.expectException(ChangeOutOfOrder.class)
				.expectNoEvents();
		}

	}

	@Nested
	class AssignPositionCommand {

		private final UnitRegistered registered = new UnitRegistered(BINH_LU.value(), "03390", "Bình Lư",
				UnitType.COMMUNE, LAI_CHAU.value(), TWO_LEVEL_MODEL, RESOLUTION);

		@BeforeEach
		void origins() {
			PersonOrigins origins = person -> switch (person.value()) {
				case "can-bo-01" ->
					Optional.of(new Origin(new UnitCode("03413"), LocalDate.of(2019, 1, 1), null, null));
				case "can-bo-02" ->
					Optional.of(new Origin(new UnitCode("01001"), LocalDate.of(2019, 1, 1), null, null));
				default -> Optional.empty();
			};
			fixture.registerAnnotatedCommandHandler(new MandateCommandHandler(fixture.getRepository(), origins));
		}

		private AssignPosition assign(String mandateId, String post, String person, LocalDate from, LocalDate until) {
			return new AssignPosition(BINH_LU, mandateId, new PostCode(post), new PersonId(person),
					new DateRange(from, until), null, null, "05-QĐ/ĐU");
		}

		private PositionAssigned assigned(String mandateId, String post, String person, LocalDate from,
				Locality locality, String basis) {
			return new PositionAssigned(mandateId, BINH_LU.value(), post, person, from, null, locality, basis,
					"05-QĐ/ĐU", List.of());
		}

		@Test
		void assign_recordsTheMandate_withTheLocalityDecidedFromTheOrigin() {
			fixture.given(registered)
				.when(assign("m1", "PARTY_SECRETARY", "can-bo-02", TWO_LEVEL_MODEL, null))
				.expectEvents(assigned("m1", "PARTY_SECRETARY", "can-bo-02", TWO_LEVEL_MODEL, Locality.NON_LOCAL,
						"quê quán / hometown 01001 (2019-01-01) is neither the unit nor a predecessor"));
		}

		@Test
		void assign_isRejected_whenTheUnitDidNotExistOnTheFirstDay() {
			fixture.given(registered)
				.when(assign("m1", "PARTY_SECRETARY", "can-bo-02", TWO_LEVEL_MODEL.minusDays(1), null))
				.expectException(UnitNotActiveOn.class)
				.expectNoEvents();
		}

		@Test
		void assign_withoutALastDay_isRejected_inAUnitThatHasEnded() {
			fixture.given(registered, new UnitDissolved(BINH_LU.value(), LocalDate.of(2025, 12, 31), RESOLUTION))
				.when(assign("m1", "PARTY_SECRETARY", "can-bo-02", TWO_LEVEL_MODEL, null))
				.expectException(MandateNeedsUnitsLastDay.class)
				.expectNoEvents();
		}

		@Test
		void assign_endingAfterTheUnitsLastDay_isRejected() {
			fixture.given(registered, new UnitDissolved(BINH_LU.value(), LocalDate.of(2025, 12, 31), RESOLUTION))
				.when(assign("m1", "PARTY_SECRETARY", "can-bo-02", TWO_LEVEL_MODEL, LocalDate.of(2026, 1, 1)))
				.expectException(MandateNeedsUnitsLastDay.class)
				.expectNoEvents();
		}

		@Test
		void assign_endingByTheUnitsLastDay_isAccepted_inAUnitThatHasEnded() {
			fixture.given(registered, new UnitDissolved(BINH_LU.value(), LocalDate.of(2025, 12, 31), RESOLUTION))
				.when(assign("m1", "PARTY_SECRETARY", "can-bo-02", TWO_LEVEL_MODEL, LocalDate.of(2025, 12, 31)))
				.expectSuccessfulHandlerExecution();
		}

		@Test
		void assign_isRejected_whenThePostDoesNotExistAtThatLevel() {
			fixture.given(registered)
				.when(assign("m1", "COURT_PRESIDENT", "can-bo-02", TWO_LEVEL_MODEL, null))
				.expectException(PostNotAvailable.class)
				.expectNoEvents();
		}

		@Test
		void assign_isRejected_whenThePostDoesNotExistYetOnThatDay() {
			fixture
				.given(new UnitRegistered(BINH_LU.value(), "03412", "Bình Lư", UnitType.COMMUNE, null,
						LocalDate.of(2008, 1, 1), RESOLUTION))
				.when(assign("m1", "PARTY_BUILDING_BOARD_HEAD", "can-bo-02", LocalDate.of(2020, 10, 1), null))
				.expectException(PostNotAvailable.class)
				.expectNoEvents();
		}

		@Test
		void assign_isRejected_whenASingleHolderPostIsHeldOnAnOverlappingDay() {
			fixture
				.given(registered, assigned("m1", "PARTY_SECRETARY", "can-bo-01", TWO_LEVEL_MODEL, Locality.LOCAL, "x"))
				.when(assign("m2", "PARTY_SECRETARY", "can-bo-02", LocalDate.of(2026, 1, 1), null))
				.expectException(PostAlreadyHeld.class)
				.expectNoEvents();
		}

		@Test
		void assign_ofAMultiHolderPost_acceptsASecondHolder() {
			fixture
				.given(registered,
						assigned("m1", "COMMITTEE_VICE_CHAIR", "can-bo-01", TWO_LEVEL_MODEL, Locality.LOCAL, "x"))
				.when(assign("m2", "COMMITTEE_VICE_CHAIR", "can-bo-02", TWO_LEVEL_MODEL, null))
				.expectSuccessfulHandlerExecution();
		}

		@Test
		void assign_isRejected_whenThePersonAlreadyHoldsThatPostThere() {
			fixture
				.given(registered,
						assigned("m1", "COMMITTEE_VICE_CHAIR", "can-bo-01", TWO_LEVEL_MODEL, Locality.LOCAL, "x"))
				.when(assign("m2", "COMMITTEE_VICE_CHAIR", "can-bo-01", LocalDate.of(2026, 1, 1), null))
				.expectException(PersonAlreadyHoldsPost.class)
				.expectNoEvents();
		}

		@Test
		void assign_afterThePreviousHolderEnded_isAccepted() {
			fixture
				.given(registered, assigned("m1", "PARTY_SECRETARY", "can-bo-01", TWO_LEVEL_MODEL, Locality.LOCAL, "x"),
						new AssignmentEnded("m1", BINH_LU.value(), LocalDate.of(2025, 12, 31), EndCause.TRANSFERRED,
								"09-QĐ/TU", null))
				.when(assign("m2", "PARTY_SECRETARY", "can-bo-02", LocalDate.of(2026, 1, 1), null))
				.expectSuccessfulHandlerExecution();
		}

		@Test
		void assign_isRejected_whenThePersonIsNotRegistered() {
			fixture.given(registered)
				.when(assign("m1", "PARTY_SECRETARY", "can-bo-99", TWO_LEVEL_MODEL, null))
				.expectException(UnknownPerson.class)
				.expectNoEvents();
		}

		@Test
		void assign_withAnOverride_recordsTheStaffsFinding() {
			fixture.given(registered)
				.when(new AssignPosition(BINH_LU, "m1", new PostCode("POLICE_CHIEF"), new PersonId("can-bo-01"),
						DateRange.from(TWO_LEVEL_MODEL), new LocalityOverride(Locality.NON_LOCAL, "Hồ sơ chưa đủ"),
						null, "05-QĐ/ĐU"))
				.expectEvents(assigned("m1", "POLICE_CHIEF", "can-bo-01", TWO_LEVEL_MODEL, Locality.NON_LOCAL,
						"xác định thủ công / set by staff: Hồ sơ chưa đủ"));
		}

	}

	@Nested
	class EndAssignmentCommand {

		private final UnitRegistered registered = new UnitRegistered(BINH_LU.value(), "03390", "Bình Lư",
				UnitType.COMMUNE, LAI_CHAU.value(), TWO_LEVEL_MODEL, RESOLUTION);

		private final PositionAssigned secretary = new PositionAssigned("m1", BINH_LU.value(), "PARTY_SECRETARY",
				"can-bo-01", TWO_LEVEL_MODEL, null, Locality.NON_LOCAL, "x", "05-QĐ/ĐU", List.of());

		@Test
		void end_recordsTheLastDayAndCause() {
			fixture.given(registered, secretary)
				.when(new EndAssignment(BINH_LU, "m1", LocalDate.of(2025, 12, 31), EndCause.TRANSFERRED, "09-QĐ/TU"))
				.expectEvents(new AssignmentEnded("m1", BINH_LU.value(), LocalDate.of(2025, 12, 31),
						EndCause.TRANSFERRED, "09-QĐ/TU", null));
		}

		@Test
		void end_isRejected_forAnUnknownMandate() {
			fixture.given(registered)
				.when(new EndAssignment(BINH_LU, "m9", LocalDate.of(2025, 12, 31), EndCause.TRANSFERRED, "09-QĐ/TU"))
				.expectException(MandateNotFound.class)
				.expectNoEvents();
		}

		@Test
		void end_isRejected_twice() {
			fixture
				.given(registered, secretary,
						new AssignmentEnded("m1", BINH_LU.value(), LocalDate.of(2025, 12, 31), EndCause.TRANSFERRED,
								"09-QĐ/TU", null))
				.when(new EndAssignment(BINH_LU, "m1", LocalDate.of(2026, 1, 31), EndCause.RESIGNED, "10-QĐ/TU"))
				.expectException(MandateAlreadyEnded.class)
				.expectNoEvents();
		}

		@Test
		void end_isRejected_beforeTheMandateBegan() {
			fixture.given(registered, secretary)
				.when(new EndAssignment(BINH_LU, "m1", TWO_LEVEL_MODEL.minusDays(1), EndCause.OTHER, "09-QĐ/TU"))
				.expectException(EndBeforeStart.class)
				.expectNoEvents();
		}

		@Test
		void end_isRejected_afterTheLastDayTheDecisionSet() {
			fixture
				.given(registered,
						new PositionAssigned("m2", BINH_LU.value(), "POLICE_CHIEF", "can-bo-02", TWO_LEVEL_MODEL,
								LocalDate.of(2026, 6, 30), Locality.NON_LOCAL, "x", "05-QĐ/ĐU", List.of()))
				.when(new EndAssignment(BINH_LU, "m2", LocalDate.of(2026, 12, 31), EndCause.TERM_ENDED, "11-QĐ/TU"))
				.expectException(EndBeyondPeriod.class)
				.expectNoEvents();
		}

	}

	@Nested
	class ChangeUnitTypeCommand {

		private final UnitRegistered township = new UnitRegistered(BINH_LU.value(), "03390", "Tam Đường",
				UnitType.TOWNSHIP, LAI_CHAU.value(), LocalDate.of(2008, 1, 1), RESOLUTION);

		@Test
		void retype_withinTheLevel_recordsTheNewTypeFromItsDate() {
			fixture.given(township)
				.when(new ChangeUnitType(BINH_LU, UnitType.COMMUNE, TWO_LEVEL_MODEL, RESOLUTION))
				.expectEvents(new UnitRetyped(BINH_LU.value(), UnitType.COMMUNE, TWO_LEVEL_MODEL, null, RESOLUTION));
		}

		@Test
		void retype_isRejected_whenTheTypeIsUnchanged() {
			fixture.given(township)
				.when(new ChangeUnitType(BINH_LU, UnitType.TOWNSHIP, TWO_LEVEL_MODEL, RESOLUTION))
				.expectException(UnitUnchanged.class)
				.expectNoEvents();
		}

		@Test
		void retype_isRejected_whenItWouldChangeTheLevel() {
			fixture.given(township)
				.when(new ChangeUnitType(BINH_LU, UnitType.RURAL_DISTRICT, TWO_LEVEL_MODEL, RESOLUTION))
				.expectException(LevelChangeRefused.class)
				.expectNoEvents();
		}

		@Test
		void retype_isRejected_whenDatedBeforeTheCurrentType() {
			fixture
				.given(township, new UnitRetyped(BINH_LU.value(), UnitType.COMMUNE, TWO_LEVEL_MODEL, null, RESOLUTION))
				.when(new ChangeUnitType(BINH_LU, UnitType.WARD, TWO_LEVEL_MODEL.minusDays(1), RESOLUTION))
				.expectException(ChangeOutOfOrder.class)
				.expectNoEvents();
		}

		@Test
		void retype_isRejected_afterTheUnitCeased() {
			fixture.given(township, new UnitDissolved(BINH_LU.value(), LocalDate.of(2025, 6, 30), RESOLUTION))
				.when(new ChangeUnitType(BINH_LU, UnitType.COMMUNE, TWO_LEVEL_MODEL, RESOLUTION))
				.expectException(UnitNotActiveOn.class)
				.expectNoEvents();
		}

	}

	@Nested
	class ConcurrentAppointments {

		private final UnitRegistered registered = new UnitRegistered(BINH_LU.value(), "03390", "Bình Lư",
				UnitType.COMMUNE, LAI_CHAU.value(), TWO_LEVEL_MODEL, RESOLUTION);

		private final PositionAssigned secretary = new PositionAssigned("m1", BINH_LU.value(), "PARTY_SECRETARY",
				"can-bo-01", TWO_LEVEL_MODEL, null, Locality.LOCAL, "x", "05-QĐ/ĐU", List.of());

		@BeforeEach
		void origins() {
			fixture.registerAnnotatedCommandHandler(new MandateCommandHandler(fixture.getRepository(),
					person -> Optional.of(new Origin(new UnitCode("03390"), LocalDate.of(2025, 8, 1), null, null))));
		}

		private AssignPosition councilChair(String person, Boolean concurrent) {
			return new AssignPosition(BINH_LU, "m2", new PostCode("COUNCIL_CHAIR"), new PersonId(person),
					DateRange.from(LocalDate.of(2025, 7, 2)), null, concurrent, "05-QĐ/ĐU");
		}

		@Test
		void assign_recordsTheHoldersOtherMandates_asAConcurrentHolding() {
			fixture.given(registered, secretary)
				.when(councilChair("can-bo-01", null))
				.expectEvents(new PositionAssigned("m2", BINH_LU.value(), "COUNCIL_CHAIR", "can-bo-01",
						LocalDate.of(2025, 7, 2), null, Locality.LOCAL,
						"quê quán / hometown 03390 = Bình Lư (2025-07-01..)", "05-QĐ/ĐU", List.of("m1")));
		}

		@Test
		void assign_markedConcurrent_isAccepted_whenTheHolderHoldsAnotherPostThen() {
			fixture.given(registered, secretary)
				.when(councilChair("can-bo-01", true))
				.expectSuccessfulHandlerExecution();
		}

		@Test
		void assign_markedConcurrent_isRejected_whenTheHolderHoldsNoOtherPostThen() {
			fixture.given(registered, secretary)
				.when(councilChair("can-bo-02", true))
				.expectException(ConcurrencyNotBorneOut.class)
				.expectNoEvents();
		}

		@Test
		void assign_markedNotConcurrent_isRejected_whenTheHolderHoldsAnotherPostThen() {
			fixture.given(registered, secretary)
				.when(councilChair("can-bo-01", false))
				.expectException(ConcurrencyNotBorneOut.class)
				.expectNoEvents();
		}

	}

	@Nested
	class CorrectAndRescind {

		private final UnitRegistered registered = new UnitRegistered(BINH_LU.value(), "03390", "Bình Lư",
				UnitType.COMMUNE, LAI_CHAU.value(), TWO_LEVEL_MODEL, RESOLUTION);

		private final PositionAssigned secretary = new PositionAssigned("m1", BINH_LU.value(), "PARTY_SECRETARY",
				"can-bo-01", TWO_LEVEL_MODEL, null, Locality.LOCAL, "quê quán 03390", "05-QĐ/ĐU", List.of());

		@BeforeEach
		void origins() {
			PersonOrigins origins = person -> switch (person.value()) {
				case "can-bo-01" ->
					Optional.of(new Origin(new UnitCode("03390"), LocalDate.of(2025, 8, 1), null, null));
				case "can-bo-02" ->
					Optional.of(new Origin(new UnitCode("01001"), LocalDate.of(2019, 1, 1), null, null));
				default -> Optional.empty();
			};
			fixture.registerAnnotatedCommandHandler(new MandateCommandHandler(fixture.getRepository(), origins));
		}

		private CorrectAssignment correct(String person, LocalDate from, LocalDate until) {
			return new CorrectAssignment(BINH_LU, "m1", null, (person != null) ? new PersonId(person) : null,
					new DateRange(from, until), null, "Quyết định ghi sai ngày", "07-QĐ/ĐU");
		}

		@Test
		void correct_recordsTheNewFacts_keepingTheLocality_whenTheHolderIsTheSame() {
			fixture.given(registered, secretary)
				.when(correct(null, LocalDate.of(2025, 7, 15), null))
				.expectEvents(new AssignmentCorrected("m1", BINH_LU.value(), "PARTY_SECRETARY", "can-bo-01",
						LocalDate.of(2025, 7, 15), null, Locality.LOCAL, "quê quán 03390", List.of(),
						"Quyết định ghi sai ngày", "07-QĐ/ĐU"));
		}

		@Test
		void correct_decidesLocalityAgain_whenTheHolderWasWrong() {
			fixture.given(registered, secretary)
				.when(correct("can-bo-02", TWO_LEVEL_MODEL, null))
				.expectEvents(new AssignmentCorrected("m1", BINH_LU.value(), "PARTY_SECRETARY", "can-bo-02",
						TWO_LEVEL_MODEL, null, Locality.NON_LOCAL,
						"quê quán / hometown 01001 (2019-01-01) is neither the unit nor a predecessor", List.of(),
						"Quyết định ghi sai ngày", "07-QĐ/ĐU"));
		}

		@Test
		void correct_isRejected_whenItWouldGiveTheSingleHolderPostTwoHolders() {
			fixture
				.given(registered, new PositionAssigned("m0", BINH_LU.value(), "PARTY_SECRETARY", "can-bo-02",
						LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), Locality.LOCAL, "x", "d", List.of()),
						new PositionAssigned("m1", BINH_LU.value(), "PARTY_SECRETARY", "can-bo-01",
								LocalDate.of(2025, 8, 1), null, Locality.LOCAL, "x", "d", List.of()))
				.when(correct(null, LocalDate.of(2025, 7, 20), null))
				.expectException(PostAlreadyHeld.class)
				.expectNoEvents();
		}

		@Test
		void correct_isRejected_whenItChangesNothing() {
			fixture.given(registered, secretary)
				.when(correct("can-bo-01", TWO_LEVEL_MODEL, null))
				.expectException(CorrectionChangesNothing.class)
				.expectNoEvents();
		}

		@Test
		void correct_isRejected_whenItWouldReopenAnEndedMandate() {
			fixture
				.given(registered, secretary,
						new AssignmentEnded("m1", BINH_LU.value(), LocalDate.of(2025, 12, 31), EndCause.TRANSFERRED,
								"09-QĐ/TU", null))
				.when(correct(null, LocalDate.of(2025, 7, 15), null))
				.expectException(EndedMandateNeedsLastDay.class)
				.expectNoEvents();
		}

		@Test
		void correct_ofAnEndedMandate_movesItsLastDay() {
			fixture
				.given(registered, secretary,
						new AssignmentEnded("m1", BINH_LU.value(), LocalDate.of(2025, 12, 31), EndCause.TRANSFERRED,
								"09-QĐ/TU", null))
				.when(correct(null, TWO_LEVEL_MODEL, LocalDate.of(2025, 11, 30)))
				.expectEvents(new AssignmentCorrected("m1", BINH_LU.value(), "PARTY_SECRETARY", "can-bo-01",
						TWO_LEVEL_MODEL, LocalDate.of(2025, 11, 30), Locality.LOCAL, "quê quán 03390", List.of(),
						"Quyết định ghi sai ngày", "07-QĐ/ĐU"));
		}

		@Test
		void correct_isRejected_beforeTheUnitExisted() {
			fixture.given(registered, secretary)
				.when(correct(null, TWO_LEVEL_MODEL.minusDays(1), null))
				.expectException(UnitNotActiveOn.class)
				.expectNoEvents();
		}

		@Test
		void correct_isRejected_pastTheUnitsLastDay() {
			fixture
				.given(registered, secretary,
						new AssignmentEnded("m1", BINH_LU.value(), LocalDate.of(2025, 12, 31), EndCause.UNIT_DISSOLVED,
								RESOLUTION, null),
						new UnitDissolved(BINH_LU.value(), LocalDate.of(2025, 12, 31), RESOLUTION))
				.when(correct(null, TWO_LEVEL_MODEL, LocalDate.of(2026, 1, 31)))
				.expectException(MandateNeedsUnitsLastDay.class)
				.expectNoEvents();
		}

		@Test
		void correct_withoutALastDay_ofAMandateTheUnitsEndEnded_asksForTheLastDay() {
			fixture
				.given(registered, secretary,
						new AssignmentEnded("m1", BINH_LU.value(), LocalDate.of(2025, 12, 31), EndCause.UNIT_DISSOLVED,
								RESOLUTION, null),
						new UnitDissolved(BINH_LU.value(), LocalDate.of(2025, 12, 31), RESOLUTION))
				.when(correct(null, TWO_LEVEL_MODEL.plusDays(1), null))
				.expectException(MandateNeedsUnitsLastDay.class)
				.expectExceptionMessage(org.hamcrest.Matchers.containsString("give the mandate's last day"))
				.expectNoEvents();
		}

		@Test
		void correct_isRejected_toAPostThatDoesNotExistAtTheLevel() {
			fixture.given(registered, secretary)
				.when(new CorrectAssignment(BINH_LU, "m1", new PostCode("COURT_PRESIDENT"), null,
						DateRange.from(TWO_LEVEL_MODEL), null, "Sai chức danh", "07-QĐ/ĐU"))
				.expectException(PostNotAvailable.class)
				.expectNoEvents();
		}

		@Test
		void correct_isRejected_forAnUnknownMandate_orAnUnknownHolder() {
			fixture.given(registered)
				.when(correct(null, TWO_LEVEL_MODEL, null))
				.expectException(MandateNotFound.class)
				.expectNoEvents();
			fixture.given(registered, secretary)
				.when(correct("no-such-person", TWO_LEVEL_MODEL, null))
				.expectException(UnknownPerson.class)
				.expectNoEvents();
		}

		@Test
		void rescind_recordsThatTheMandateNeverExisted_andFreesThePost() {
			fixture.given(registered, secretary)
				.when(new RescindAssignment(BINH_LU, "m1", "Nhập nhầm", "07-QĐ/ĐU"))
				.expectEvents(new AssignmentRescinded("m1", BINH_LU.value(), "Nhập nhầm", "07-QĐ/ĐU"));
			fixture
				.given(registered, secretary, new AssignmentRescinded("m1", BINH_LU.value(), "Nhập nhầm", "07-QĐ/ĐU"))
				.when(new AssignPosition(BINH_LU, "m2", new PostCode("PARTY_SECRETARY"), new PersonId("can-bo-02"),
						DateRange.from(TWO_LEVEL_MODEL), null, null, "05-QĐ/ĐU"))
				.expectSuccessfulHandlerExecution();
		}

		@Test
		void rescinded_mandate_cannotBeRescindedCorrectedOrItsIdReused() {
			AssignmentRescinded rescinded = new AssignmentRescinded("m1", BINH_LU.value(), "Nhập nhầm", "07-QĐ/ĐU");
			fixture.given(registered, secretary, rescinded)
				.when(new RescindAssignment(BINH_LU, "m1", "Lần nữa", "07-QĐ/ĐU"))
				.expectException(MandateRescinded.class)
				.expectNoEvents();
			fixture.given(registered, secretary, rescinded)
				.when(correct(null, LocalDate.of(2025, 7, 15), null))
				.expectException(MandateRescinded.class)
				.expectNoEvents();
			fixture.given(registered, secretary, rescinded)
				.when(new AssignPosition(BINH_LU, "m1", new PostCode("PARTY_SECRETARY"), new PersonId("can-bo-02"),
						DateRange.from(TWO_LEVEL_MODEL), null, null, "05-QĐ/ĐU"))
				.expectException(MandateIdTaken.class)
				.expectNoEvents();
		}

		@Test
		void correctionsAndRescissions_needAReason() {
			assertThatExceptionOfType(InvalidRequest.class).isThrownBy(() -> new CorrectAssignment(BINH_LU, "m1", null,
					null, DateRange.from(TWO_LEVEL_MODEL), null, " ", "07-QĐ/ĐU"));
			assertThatExceptionOfType(InvalidRequest.class)
				.isThrownBy(() -> new RescindAssignment(BINH_LU, "m1", null, "07-QĐ/ĐU"));
		}

	}

}
