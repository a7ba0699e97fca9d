package vn.cadre.console.staff;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import vn.cadre.console.api.CommandSide.FieldProblem;
import vn.cadre.console.api.CommandSide.Refused;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalTest {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Test
	void aBrokenRule_goesNextToTheFieldItIsAbout_inTheReadersLanguage() {
		Refused held = new Refused(409, null, "PostAlreadyHeld",
				"Chức danh Bí thư cấp ủy đã có người giữ (can-bo-31, 2025-07-01..) / The post Party secretary already has a holder (can-bo-31, 2025-07-01..)",
				List.of());

		Refusal vietnamese = Refusal.of(held, AssignForm.FIELDS, VIETNAMESE);
		Refusal english = Refusal.of(held, AssignForm.FIELDS, Locale.ENGLISH);

		assertThat(vietnamese.field()).isEqualTo("postCode");
		assertThat(vietnamese.at("postCode")).isTrue();
		assertThat(vietnamese.message()).startsWith("Chức danh Bí thư cấp ủy đã có người giữ").doesNotContain(" / ");
		assertThat(english.message()).startsWith("The post Party secretary already has a holder");
	}

	@Test
	void theFieldTheServiceNames_winsOverTheRulesField() {
		Refused refused = new Refused(422, "postCode", "PostNotAvailable", "Không có / Not there", List.of());

		assertThat(Refusal.of(refused, AssignForm.FIELDS, VIETNAMESE).field()).isEqualTo("postCode");
	}

	@Test
	void concurrencyNotBorneOut_isAboutTheConcurrentBox_andAPersonAlreadyHoldingThePost_aboutThePerson() {
		assertThat(Refusal
			.of(new Refused(409, null, "ConcurrencyNotBorneOut", "a / b", List.of()), AssignForm.FIELDS, VIETNAMESE)
			.field()).isEqualTo("concurrent");
		assertThat(Refusal
			.of(new Refused(409, null, "PersonAlreadyHoldsPost", "a / b", List.of()), AssignForm.FIELDS, VIETNAMESE)
			.field()).isEqualTo("personId");
	}

	@Test
	void aRefusedBody_putsItsFirstFaultyFieldNextToThatField_andANestedFieldByItsLastPart() {
		Refused invalid = new Refused(400, null, null, "Dữ liệu không hợp lệ / The request has invalid fields",
				List.of(new FieldProblem("origin.hometownCode", "must match \"\\d{2}|\\d{3}|\\d{5}\"")));

		Refusal refusal = Refusal.of(invalid, java.util.Set.of("personId", "hometownCode"), VIETNAMESE);

		assertThat(refusal.field()).isEqualTo("hometownCode");
		assertThat(refusal.message()).startsWith("Dữ liệu không hợp lệ (origin.hometownCode: must match");
	}

	@Test
	void anUnknownReference_goesNextToTheFieldTheServiceNames() {
		Refused person = new Refused(422, "personId", null,
				"Chưa đăng ký người can-bo-99 / No person can-bo-99 in the register", List.of());
		Refused document = new Refused(422, "legalBasis", null,
				"Văn bản \"99/QĐ\" chưa được đăng ký / The document \"99/QĐ\" is not registered", List.of());
		Refused predecessor = new Refused(422, "predecessorIds", null,
				"Không có đơn vị xa-99 / No unit xa-99 in the register", List.of());
		Refused reparented = new Refused(422, "unitId", null, "Không có đơn vị xa-99 / No unit xa-99 in the register",
				List.of());

		assertThat(Refusal.of(person, AssignForm.FIELDS, VIETNAMESE).field()).isEqualTo("personId");
		assertThat(Refusal.of(document, AssignForm.FIELDS, VIETNAMESE).field()).isEqualTo("legalBasis");
		assertThat(Refusal.of(document, AssignForm.FIELDS, VIETNAMESE).message())
			.isEqualTo("Văn bản \"99/QĐ\" chưa được đăng ký");
		assertThat(Refusal.of(predecessor, java.util.Set.of("predecessorIds", "code", "name", "parentId"), VIETNAMESE)
			.field()).isEqualTo("predecessorIds");
		assertThat(Refusal.of(reparented, java.util.Set.of("unit", "parentId"), VIETNAMESE).field()).isEqualTo("unit");
	}

	@Test
	void aReferenceNamedOnlyInWords_goesAboveTheForm_notGuessedFromTheWords() {
		Refused wordsOnly = new Refused(422, null, null, "Không có đơn vị xa-99 / No unit xa-99 in the register",
				List.of());

		assertThat(Refusal.of(wordsOnly, AssignForm.FIELDS, VIETNAMESE).aboveTheForm()).isTrue();
	}

	@Test
	void aRefusalAboutNoFieldOfTheForm_goesAboveIt() {
		Refused taken = new Refused(409, null, "MandateIdTaken", "Mã đã dùng / Id taken", List.of());
		Refused lastDay = new Refused(409, null, "MandateAlreadyEnded", "Đã kết thúc / Ended", List.of());
		Refused wordless = new Refused(409, null, null, null, List.of());

		assertThat(Refusal.of(taken, AssignForm.FIELDS, VIETNAMESE).aboveTheForm()).isTrue();
		assertThat(Refusal.of(lastDay, AssignForm.FIELDS, VIETNAMESE).aboveTheForm())
			.as("a field the form does not have")
			.isTrue();
		assertThat(Refusal.of(wordless, AssignForm.FIELDS, VIETNAMESE).message()).isNull();
	}

	@Test
	void theEndOfAPeriod_isShownAtItsStart_onAFormThatHasOnlyTheStart() {
		Refused until = new Refused(400, "until", null, "a / b", List.of());

		assertThat(Refusal.of(until, AssignForm.FIELDS, VIETNAMESE).field()).isEqualTo("from");
	}

}
