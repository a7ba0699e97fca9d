package vn.cadre.reporting.web;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import vn.cadre.support.testing.MessageBundles;
import vn.cadre.support.text.Text;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side's problems: both languages, every key the code names, values as given.
 */
class ProblemTextsTest {

	@Test
	void bothLanguages_sayEveryProblem_andEveryKeyTheCodeNames() {
		MessageBundles.assertComplete("messages/problems", Path.of("src", "main", "java"));
	}

	@Test
	void aRefusedParameter_saysWhatItMustBe_inTheSameLanguage() {
		QueryRefused refused = QueryRefused.badRequest("size", "parameter.invalid", "size",
				QueryRefused.text("expect.whole-number-between", 1, 5000), "100000");

		assertThat(refused.in(Text.VIETNAMESE)).isEqualTo("size phải là một số nguyên từ 1 đến 5000, đã nhận '100000'");
		assertThat(refused.in(Locale.ENGLISH)).isEqualTo("size must be a whole number from 1 to 5000, was '100000'");
		assertThat(refused.getMessage()).isEqualTo(refused.both());
		assertThat(refused.parameter()).isEqualTo("size");
	}

}
