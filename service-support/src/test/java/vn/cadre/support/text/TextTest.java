package vn.cadre.support.text;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A bundled text said in one language, in both, and with worded values. */
class TextTest {

	private static final String BUNDLE = "messages.texts";

	@Test
	void aText_isSaidInEachLanguage_anyOtherAsEnglish_andInBoth() {
		Text text = new Text(BUNDLE, "example.held", new Worded("Bí thư Đảng ủy", "Party Committee Secretary"), 12345,
				null);

		assertThat(text.in(Text.VIETNAMESE)).isEqualTo("Chức danh Bí thư Đảng ủy đã có người giữ (12345, )");
		assertThat(text.in(Locale.ENGLISH))
			.isEqualTo("The post Party Committee Secretary already has a holder (12345, )");
		assertThat(text.in(Locale.FRENCH)).isEqualTo(text.in(Locale.ENGLISH));
		assertThat(text.both()).isEqualTo(text.in(Text.VIETNAMESE) + " / " + text.in(Locale.ENGLISH));
	}

	@Test
	void aTextAsAValue_isSaidInTheSameLanguage() {
		Text text = new Text(BUNDLE, "example.nested", "on", new Text(BUNDLE, "example.date"));

		assertThat(text.in(Text.VIETNAMESE)).isEqualTo("Tham số on phải là một ngày");
		assertThat(text.in(Locale.ENGLISH)).isEqualTo("Parameter on must be a date");
	}

	@Test
	void valuesAreShownAsWritten_andAnApostropheIsKept() {
		assertThat(new Text(BUNDLE, "example.apostrophe", 20250630).in(Locale.ENGLISH))
			.isEqualTo("The unit's last day is 20250630");
		assertThat(Text.exists(BUNDLE, "example.date")).isTrue();
		assertThat(Text.exists(BUNDLE, "example.absent")).isFalse();
	}

	@Test
	void theRequestsLanguage_isTheFirstSpokenOneItAccepts() {
		assertThat(Languages.accepted("fr-FR, en;q=0.8, vi;q=0.5")).contains(Locale.ENGLISH);
		assertThat(Languages.accepted("vi-VN")).contains(Text.VIETNAMESE);
		assertThat(Languages.accepted("fr")).isEmpty();
		assertThat(Languages.accepted("not;;a=header")).isEmpty();
		assertThat(Languages.accepted(" ")).isEmpty();
	}

}
