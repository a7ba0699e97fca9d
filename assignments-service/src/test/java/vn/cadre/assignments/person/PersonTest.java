package vn.cadre.assignments.person;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.person.OriginCorrected;
import vn.cadre.kernel.person.PersonId;
import vn.cadre.kernel.person.PersonRegistered;
import vn.cadre.kernel.unit.UnitCode;

class PersonTest {

	private static final PersonId CAN_BO_07 = new PersonId("can-bo-07");

	private static final LocalDate OLD_MODEL = LocalDate.of(2019, 1, 1);

	private static final Origin SON_BINH = new Origin(new UnitCode("03413"), OLD_MODEL, null, null);

	private static final Origin TAM_DUONG = new Origin(new UnitCode("03390"), OLD_MODEL, new UnitCode("03390"),
			OLD_MODEL);

	private FixtureConfiguration<Person> fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new AggregateTestFixture<>(Person.class);
	}

	private static PersonRegistered registeredFromSonBinh() {
		return new PersonRegistered("can-bo-07", "Cán bộ 07", 1980, "03413", OLD_MODEL, null, null);
	}

	@Nested
	class RegisterPersonCommand {

		@Test
		void register_recordsTheNameBirthYearAndOrigin() {
			fixture.givenNoPriorActivity()
				.when(new RegisterPerson(CAN_BO_07, " Cán bộ 07 ", 1980, SON_BINH))
				.expectEvents(registeredFromSonBinh());
		}

	}

	@Nested
	class CorrectOriginCommand {

		@Test
		void correct_replacesTheOriginAndSaysWhy() {
			fixture.given(registeredFromSonBinh())
				.when(new CorrectOrigin(CAN_BO_07, TAM_DUONG, "Hồ sơ gốc ghi sai quê quán"))
				.expectEvents(new OriginCorrected("can-bo-07", "03390", OLD_MODEL, "03390", OLD_MODEL,
						"Hồ sơ gốc ghi sai quê quán"));
		}

		@Test
		void correct_isRejected_whenTheOriginIsUnchanged() {
			fixture.given(registeredFromSonBinh())
				.when(new CorrectOrigin(CAN_BO_07, SON_BINH, "không có gì"))
				.expectException(OriginUnchanged.class)
				.expectNoEvents();
		}

	}

}
