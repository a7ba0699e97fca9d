package vn.cadre.support.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * The language a request asks its answers in: the first of Vietnamese and English its
 * {@code Accept-Language} names. A request naming neither (or nothing, or a header that
 * cannot be read) is answered in both.
 */
public final class Languages {

	private static final List<Locale> SPOKEN = List.of(Text.VIETNAMESE, Locale.ENGLISH);

	private Languages() {
	}

	public static Optional<Locale> accepted(HttpServletRequest request) {
		return accepted(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

	public static Optional<Locale> accepted(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SPOKEN));
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}

	/** {@code wording} in the language the request asks for, or in both. */
	public static String say(Wording wording, HttpServletRequest request) {
		return accepted(request).map(wording::in).orElseGet(wording::both);
	}

}
