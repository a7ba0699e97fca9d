package vn.cadre.assignments.unit;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.cadre.kernel.unit.UnitCode;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitName;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitRenamed;
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
	class RegisterUnitCommand {

		@Test
		void register_recordsTheUnitWithItsCodeNameTypeParentAndBasis() {
			fixture.givenNoPriorActivity()
				.when(new RegisterUnit(BINH_LU, new UnitCode("03390"), new UnitName(" Bình  Lư "), UnitType.COMMUNE,
						LAI_CHAU, TWO_LEVEL_MODEL, RESOLUTION))
				.expectSuccessfulHandlerExecution()
				.expectEvents(new UnitRegistered(BINH_LU.value(), "03390", "Bình Lư", UnitType.COMMUNE,
						LAI_CHAU.value(), TWO_LEVEL_MODEL, RESOLUTION));
		}

		@Test
		void register_keepsTheBareName_whenTheOfficialNameCarriesTheTypeWord() {
			fixture.givenNoPriorActivity()
				.when(new RegisterUnit(BINH_LU, new UnitCode("03390"), new UnitName("Xã Bình Lư"), UnitType.COMMUNE,
						LAI_CHAU, TWO_LEVEL_MODEL, RESOLUTION))
				.expectEvents(new UnitRegistered(BINH_LU.value(), "03390", "Bình Lư", UnitType.COMMUNE,
						LAI_CHAU.value(), TWO_LEVEL_MODEL, RESOLUTION));
		}

		@Test
		void register_ofAProvince_hasNoParent() {
			fixture.givenNoPriorActivity()
				.when(new RegisterUnit(LAI_CHAU, new UnitCode("12"), new UnitName("Lai Châu"), UnitType.PROVINCE, null,
						LocalDate.of(2004, 1, 1), "Luật 2003"))
				.expectEvents(new UnitRegistered(LAI_CHAU.value(), "12", "Lai Châu", UnitType.PROVINCE, null,
						LocalDate.of(2004, 1, 1), "Luật 2003"));
		}

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

}
