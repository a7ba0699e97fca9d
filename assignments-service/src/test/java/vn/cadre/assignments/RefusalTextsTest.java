package vn.cadre.assignments;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refusals' bundles: the same keys in both languages, every value shown as written,
 * and the two-language message that answers a request naming neither.
 */
class RefusalTextsTest {

	@Test
	void bothLanguages_sayEveryRefusal() throws IOException {
		Properties english = bundle("messages/refusals.properties");
		Properties vietnamese = bundle("messages/refusals_vi.properties");

		assertThat(english).isNotEmpty();
		assertThat(vietnamese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
	}

	@Test
	void aRefusal_isSaidInEachLanguage_andInBoth() {
		Refusal refusal = new Example("mandate.needs-units-last-day", "binh-lu", LocalDate.of(2025, 6, 30));

		assertThat(refusal.message(Refusal.VIETNAMESE)).isEqualTo(
				"Đơn vị binh-lu chỉ tồn tại đến hết ngày 2025-06-30; hãy ghi ngày cuối của nhiệm vụ, chậm nhất là ngày đó");
		assertThat(refusal.message(Locale.ENGLISH))
			.isEqualTo("The unit binh-lu exists until 2025-06-30; give the mandate's last day, on or before that day");
		assertThat(refusal.message(Locale.FRENCH)).as("any other language: English")
			.isEqualTo(refusal.message(Locale.ENGLISH));
		assertThat(refusal.getMessage())
			.isEqualTo(refusal.message(Refusal.VIETNAMESE) + " / " + refusal.message(Locale.ENGLISH));
	}

	@Test
	void values_areShownAsWritten_andWordedOnesInTheirLanguage() {
		Refusal held = new Example("post.already-held",
				new Refusal.Worded("Bí thư Đảng ủy", "Party Committee Secretary"), 12345, null);

		assertThat(held.message(Refusal.VIETNAMESE)).isEqualTo("Chức danh Bí thư Đảng ủy đã có người giữ (12345, )");
		assertThat(held.message(Locale.ENGLISH))
			.isEqualTo("The post Party Committee Secretary already has a holder (12345, )");
	}

	private static Properties bundle(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = RefusalTextsTest.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static final class Example extends Refusal {

		Example(String key, Object... args) {
			super(key, args);
		}

	}

}
