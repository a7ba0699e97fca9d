package vn.cadre.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.unit.UnitCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InvalidValueTest {

	@Test
	void aRefusedValue_isSaidInEnglish_andKeepsItsKeyAndValuesForOtherLanguages() {
		InvalidValue refused = catchThrowableOfType(() -> new UnitCode("3390"), InvalidValue.class);

		assertThat(refused).hasMessage("a unit code is 2, 3 or 5 digits, was '3390'");
		assertThat(refused.key()).isEqualTo("value.unit-code");
		assertThat(refused.args()).containsExactly("3390");
		assertThat(vietnamese(refused)).isEqualTo("mã đơn vị hành chính gồm 2, 3 hoặc 5 chữ số, đã nhận '3390'");
	}

	@Test
	void aPeriodEndingBeforeItStarts_namesBothDaysInEachLanguage() {
		InvalidValue refused = catchThrowableOfType(
				() -> new DateRange(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 30)), InvalidValue.class);

		assertThat(refused).hasMessage("the period ends (2025-06-30) before it starts (2025-07-01)");
		assertThat(vietnamese(refused)).isEqualTo("thời hạn kết thúc (2025-06-30) trước khi bắt đầu (2025-07-01)");
	}

	@Test
	void bothLanguagesHoldTheSameKeys_andEveryKeyTheKernelThrows() throws IOException {
		Properties english = load("vn/cadre/kernel/values.properties");
		Properties vietnamese = load("vn/cadre/kernel/values_vi.properties");

		assertThat(english).isNotEmpty();
		assertThat(vietnamese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		assertThat(keysThrown(Path.of("src", "main", "java"))).isNotEmpty().isSubsetOf(english.stringPropertyNames());
	}

	private static String vietnamese(InvalidValue refused) {
		ResourceBundle texts = ResourceBundle.getBundle(InvalidValue.BUNDLE, Locale.forLanguageTag("vi"));
		return new MessageFormat(texts.getString(refused.key())).format(refused.args());
	}

	private static Set<String> keysThrown(Path sources) throws IOException {
		Pattern thrown = Pattern.compile("new InvalidValue\\(\"([^\"]+)\"");
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = thrown.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		return keys;
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = InvalidValueTest.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
