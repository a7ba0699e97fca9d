package vn.cadre.support.text;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A text kept under {@code key} in a message bundle whose base is English and whose
 * {@code _vi} variant holds the same keys in Vietnamese. Its values are MessageFormat
 * patterns; a value that is itself a {@link Wording} is said in the text's language.
 */
public final class Text implements Wording {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final String SEPARATOR = " / ";

	/** Another language never falls back to the machine's default. */
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final String bundle;

	private final String key;

	private final Object[] args;

	/**
	 * @param bundle the bundle's base name, such as {@code messages.refusals}
	 * @param args the values the text names, in order; null is said as nothing
	 */
	public Text(String bundle, String key, Object... args) {
		this.bundle = bundle;
		this.key = key;
		this.args = args.clone();
	}

	/** Whether {@code bundle} holds {@code key}. */
	public static boolean exists(String bundle, String key) {
		return ResourceBundle.getBundle(bundle, Locale.ENGLISH, NO_FALLBACK).containsKey(key);
	}

	public String key() {
		return this.key;
	}

	@Override
	public String in(Locale language) {
		Locale chosen = isVietnamese(language) ? VIETNAMESE : Locale.ENGLISH;
		ResourceBundle texts = ResourceBundle.getBundle(this.bundle, chosen, NO_FALLBACK);
		// values are shown as written: no grouping of digits, no formatting of dates
		Object[] shown = Arrays.stream(this.args)
			.map(arg -> (arg instanceof Wording wording) ? wording.in(chosen) : Objects.toString(arg, ""))
			.toArray();
		return new MessageFormat(texts.getString(this.key), chosen).format(shown);
	}

	@Override
	public String toString() {
		return both();
	}

	static boolean isVietnamese(Locale language) {
		return language != null && VIETNAMESE.getLanguage().equals(language.getLanguage());
	}

}
