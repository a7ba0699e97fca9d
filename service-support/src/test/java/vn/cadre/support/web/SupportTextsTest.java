package vn.cadre.support.web;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.cadre.support.testing.MessageBundles;
import vn.cadre.support.text.Text;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What both services say about a request before their own rules: the bundle complete in
 * both languages, a text for every status they answer with, and each common constraint
 * said in the language asked.
 */
class SupportTextsTest {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	record Form(@NotBlank String name, @Size(max = 3) String note, @Size(min = 2, max = 4) String code,
			@Pattern(regexp = "[a-z]+", message = "field.id") String id, @Pattern(regexp = "[0-9]+") String number) {

	}

	@Test
	void bothLanguages_holdTheSameKeys_andEveryKeyTheCodeNames() {
		MessageBundles.assertComplete("messages/support", Path.of("src", "main", "java"));
	}

	@Test
	void everyStatusTheServicesAnswerWith_hasItsOwnText_inEachLanguage() {
		for (int status : Set.of(400, 401, 403, 404, 405, 406, 413, 415, 429, 431, 500, 503)) {
			String english = ProblemResponses.of(status, asking("en")).getDetail();
			String vietnamese = ProblemResponses.of(status, asking("vi")).getDetail();
			assertThat(english).as("status %d", status).isNotEqualTo("The request could not be completed");
			assertThat(vietnamese).as("status %d", status).isNotEqualTo(english).doesNotContain(" / ");
		}
		assertThat(ProblemResponses.of(418, asking("en")).getDetail()).isEqualTo("The request could not be completed");
		assertThat(ProblemResponses.of(404, new MockHttpServletRequest()).getDetail())
			.as("a request naming no language hears both")
			.isEqualTo("Không tìm thấy / Not found");
	}

	@Test
	void theCommonConstraints_sayWhatWouldHaveBeenAccepted() {
		Map<String, String> vietnamese = reasons(new Form(" ", "abcd", "a", "A1", "x"), Text.VIETNAMESE);
		Map<String, String> english = reasons(new Form(" ", "abcd", "a", "A1", "x"), Locale.ENGLISH);

		assertThat(english).containsEntry("name", "required")
			.containsEntry("note", "must have at most 3 characters or items")
			.containsEntry("code", "must have 2 to 4 characters or items")
			.containsEntry("id", "must be 1 to 64 letters, digits or dashes")
			.containsEntry("number", "is not written in the expected form");
		assertThat(vietnamese).containsEntry("name", "bắt buộc")
			.containsEntry("note", "có tối đa 3 ký tự hoặc phần tử")
			.containsEntry("id", "gồm 1 đến 64 chữ cái, chữ số hoặc gạch ngang");
	}

	private static Map<String, String> reasons(Form form, Locale language) {
		Map<String, String> reasons = new TreeMap<>();
		for (ConstraintViolation<Form> violation : VALIDATOR.validate(form)) {
			reasons.put(violation.getPropertyPath().toString(), FieldReasons.of(violation).in(language));
		}
		return reasons;
	}

	private static MockHttpServletRequest asking(String language) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", language);
		return request;
	}

}
