package vn.cadre.assignments;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import vn.cadre.support.text.Text;
import vn.cadre.support.text.Worded;
import vn.cadre.support.testing.MessageBundles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refusals' bundles: the same keys in both languages, every value shown as written,
 * and the two-language message that answers a request naming neither.
 */
class RefusalTextsTest {

	@Test
	void bothLanguages_sayEveryRefusal_andEveryKeyTheCodeNames() {
		MessageBundles.assertComplete("messages/refusals", Path.of("src", "main", "java"));
		// the requests' constraints name keys of the texts both services share
		MessageBundles.assertComplete("messages/support", Path.of("src", "main", "java"));
	}

	@Test
	void aRefusal_isSaidInEachLanguage_andInBoth() {
		Refusal refusal = new Example("mandate.needs-units-last-day", "binh-lu", LocalDate.of(2025, 6, 30));

		assertThat(refusal.in(Text.VIETNAMESE)).isEqualTo(
				"Đơn vị binh-lu chỉ tồn tại đến hết ngày 2025-06-30; hãy ghi ngày cuối của nhiệm vụ, chậm nhất là ngày đó");
		assertThat(refusal.in(Locale.ENGLISH))
			.isEqualTo("The unit binh-lu exists until 2025-06-30; give the mandate's last day, on or before that day");
		assertThat(refusal.in(Locale.FRENCH)).as("any other language: English").isEqualTo(refusal.in(Locale.ENGLISH));
		assertThat(refusal.getMessage()).isEqualTo(refusal.in(Text.VIETNAMESE) + " / " + refusal.in(Locale.ENGLISH));
	}

	@Test
	void values_areShownAsWritten_andWordedOnesInTheirLanguage() {
		Refusal held = new Example("post.already-held", new Worded("Bí thư Đảng ủy", "Party Committee Secretary"),
				12345, null);

		assertThat(held.in(Text.VIETNAMESE)).isEqualTo("Chức danh Bí thư Đảng ủy đã có người giữ (12345, )");
		assertThat(held.in(Locale.ENGLISH))
			.isEqualTo("The post Party Committee Secretary already has a holder (12345, )");
	}

	private static final class Example extends Refusal {

		Example(String key, Object... args) {
			super(key, args);
		}

	}

}
