package vn.cadre.console.api;

import java.util.Locale;

/** The services speak both languages; a page shows the one its reader chose. */
public final class Bilingual {

	private Bilingual() {
	}

	public static String pick(Locale locale, String vietnamese, String english) {
		boolean english_ = locale != null && "en".equals(locale.getLanguage());
		String first = english_ ? english : vietnamese;
		return (first != null && !first.isBlank()) ? first : (english_ ? vietnamese : english);
	}

	/**
	 * One half of a service's "tiếng Việt / English" message; the whole text when it is
	 * not in two halves.
	 */
	public static String half(Locale locale, String message) {
		if (message == null) {
			return null;
		}
		int slash = message.indexOf(" / ");
		if (slash < 0) {
			return message;
		}
		return pick(locale, message.substring(0, slash).strip(), message.substring(slash + 3).strip());
	}

}
