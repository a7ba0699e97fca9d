package vn.cadre.console.api;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.cadre.kernel.post.PostCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

class BilingualTest {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Test
	void aServiceMessageInTwoHalves_isShownInTheReadersLanguage() {
		String message = "Bí thư đã có người giữ / The secretary's post is already held";

		assertThat(Bilingual.half(VI, message)).isEqualTo("Bí thư đã có người giữ");
		assertThat(Bilingual.half(Locale.ENGLISH, message)).isEqualTo("The secretary's post is already held");
		assertThat(Bilingual.half(Locale.ENGLISH, "một nửa")).as("a text in one language stays whole")
			.isEqualTo("một nửa");
	}

	@Test
	void aMissingTitle_fallsBackToTheOtherLanguage() {
		assertThat(Bilingual.pick(Locale.ENGLISH, "Tùy chọn", null)).isEqualTo("Tùy chọn");
		assertThat(Bilingual.pick(VI, null, "Custom")).isEqualTo("Custom");
	}

	@Test
	void postCodesAreShownByTheirTitles_pairsToo_andOtherWordsStay() {
		PostTitles titles = new PostTitles(PostCatalogue.standard());

		assertThat(titles.of("PARTY_SECRETARY", VI)).isEqualTo("Bí thư cấp ủy");
		assertThat(titles.of("PARTY_SECRETARY + COUNCIL_CHAIR", Locale.ENGLISH)).doesNotContain("PARTY_SECRETARY")
			.doesNotContain("COUNCIL_CHAIR")
			.contains(" + ");
		assertThat(titles.of("NOT_A_POST", VI)).isEqualTo("NOT_A_POST");
	}

}
