package vn.cadre.console.staff;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssignFormTest {

	@Test
	void theBody_isWhatTheServicesStrictReaderTakes_withoutTheUnitOrTheFormsOwnFields() {
		AssignForm form = new AssignForm("binh-lu", "Xã Bình Lư (03390)", "FRONT_CHAIR", " can-bo-35 ",
				LocalDate.of(2026, 1, 1), true, "05-QĐ/TU", "Quyết định số 05\nngày 30/6/2025", "console-1");

		assertThat(form.body()).containsOnlyKeys("postCode", "personId", "from", "concurrent", "legalBasis", "reason")
			.containsEntry("personId", "can-bo-35")
			.containsEntry("from", "2026-01-01")
			.containsEntry("concurrent", true)
			.containsEntry("reason", "Quyết định số 05\nngày 30/6/2025");
	}

	@Test
	void anUntickedBox_andAnEmptyReason_areLeftOut() {
		AssignForm form = new AssignForm("binh-lu", null, "FRONT_CHAIR", "can-bo-35", LocalDate.of(2026, 1, 1), null,
				"05-QĐ/TU", "  ", "console-1");

		assertThat(form.body()).doesNotContainKeys("concurrent", "reason");
		assertThat(form.isConcurrent()).isFalse();
	}

	@Test
	void theRequiredFields_areNamedWhenMissing() {
		assertThat(AssignForm.blank().missing()).containsExactly("unitId", "postCode", "personId", "from",
				"legalBasis");
	}

	@Test
	void aFormShownAgain_keepsItsValues_underANewCommandId() {
		AssignForm form = new AssignForm("binh-lu", null, "FRONT_CHAIR", "can-bo-35", LocalDate.of(2026, 1, 1), true,
				"05-QĐ/TU", null, "console-1");

		AssignForm again = form.again();

		assertThat(again.commandId()).isNotEqualTo("console-1").startsWith("console-");
		assertThat(again.body()).isEqualTo(form.body());
		assertThat(new AssignForm(null, null, null, null, null, null, null, null, null).withCommandId().commandId())
			.isNotBlank();
	}

	@Test
	void thePostPicker_offersTheKernelsPostsOfTheUnitsLevel_inTheReadersLanguage() {
		PostChoices posts = new PostChoices();

		assertThat(posts.forLevel("COMMUNE", Locale.forLanguageTag("vi"))).extracting(PostChoice::code)
			.contains("PARTY_SECRETARY", "PARTY_BUILDING_BOARD_HEAD", "FRONT_CHAIR")
			.doesNotContain("COURT_PRESIDENT");
		assertThat(posts.forLevel("COMMUNE", Locale.forLanguageTag("vi")).get(0).code())
			.as("Party posts first, by title")
			.isEqualTo("PARTY_SECRETARY");
		assertThat(posts.forLevel(null, Locale.ENGLISH)).extracting(PostChoice::code).contains("COURT_PRESIDENT");
		assertThat(posts.title("FRONT_CHAIR", Locale.ENGLISH)).isEqualTo("Chair of the Fatherland Front committee");
		assertThat(posts.title("FRONT_CHAIR", Locale.forLanguageTag("vi")))
			.isEqualTo("Chủ tịch Ủy ban Mặt trận Tổ quốc");
	}

}
