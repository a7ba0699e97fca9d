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
		void register_ofAProvince_hasNoParent() {
			fixture.givenNoPriorActivity()
				.when(new RegisterUnit(LAI_CHAU, new UnitCode("12"), new UnitName("Lai Châu"), UnitType.PROVINCE, null,
						LocalDate.of(2004, 1, 1), "Luật 2003"))
				.expectEvents(new UnitRegistered(LAI_CHAU.value(), "12", "Lai Châu", UnitType.PROVINCE, null,
						LocalDate.of(2004, 1, 1), "Luật 2003"));
		}

	}

}
