package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.cadre.assignments.mandate.AssignPosition;
import vn.cadre.assignments.mandate.EndAssignment;
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
					new DateRange(from, until), null, "05-QĐ/ĐU");
		}

		private PositionAssigned assigned(String mandateId, String post, String person, LocalDate from,
				Locality locality, String basis) {
			return new PositionAssigned(mandateId, BINH_LU.value(), post, person, from, null, locality, basis,
					"05-QĐ/ĐU");
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
						"05-QĐ/ĐU"))
				.expectEvents(assigned("m1", "POLICE_CHIEF", "can-bo-01", TWO_LEVEL_MODEL, Locality.NON_LOCAL,
						"xác định thủ công / set by staff: Hồ sơ chưa đủ"));
		}

	}

	@Nested
	class EndAssignmentCommand {

		private final UnitRegistered registered = new UnitRegistered(BINH_LU.value(), "03390", "Bình Lư",
				UnitType.COMMUNE, LAI_CHAU.value(), TWO_LEVEL_MODEL, RESOLUTION);

		private final PositionAssigned secretary = new PositionAssigned("m1", BINH_LU.value(), "PARTY_SECRETARY",
				"can-bo-01", TWO_LEVEL_MODEL, null, Locality.NON_LOCAL, "x", "05-QĐ/ĐU");

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
				.expectException(IllegalArgumentException.class)
				.expectNoEvents();
		}

		@Test
		void end_isRejected_afterTheLastDayTheDecisionSet() {
			fixture
				.given(registered,
						new PositionAssigned("m2", BINH_LU.value(), "POLICE_CHIEF", "can-bo-02", TWO_LEVEL_MODEL,
								LocalDate.of(2026, 6, 30), Locality.NON_LOCAL, "x", "05-QĐ/ĐU"))
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

}
