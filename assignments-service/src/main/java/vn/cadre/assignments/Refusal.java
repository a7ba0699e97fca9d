package vn.cadre.assignments;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A refused command, its reason worded in the bundle {@code messages/refusals} in
 * Vietnamese and English: the API answers in the language a request accepts, and in both
 * ("tiếng Việt / English", the exception's message) when it names neither.
 */
public abstract class Refusal extends RuntimeException {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final String BUNDLE = "messages.refusals";

	/** The base bundle is English; another language never falls back to the machine's. */
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final String key;

	private final Object[] args;

	/**
	 * @param args the values the text names, in order; a {@link Worded} value is said in
	 * each language, null as nothing
	 */
	protected Refusal(String key, Object... args) {
		super(in(VIETNAMESE, key, args) + " / " + in(Locale.ENGLISH, key, args));
		this.key = key;
		this.args = args.clone();
	}

	/** The reason in one language: Vietnamese, or English for any other. */
	public String message(Locale locale) {
		return in(locale, this.key, this.args);
	}

	private static String in(Locale locale, String key, Object[] args) {
		Locale language = VIETNAMESE.getLanguage().equals(locale.getLanguage()) ? VIETNAMESE : Locale.ENGLISH;
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
		// values are shown as written: no grouping of digits, no formatting of dates
		Object[] shown = Arrays.stream(args)
			.map(arg -> (arg instanceof Worded worded) ? worded.in(language) : Objects.toString(arg, ""))
			.toArray();
		return new MessageFormat(bundle.getString(key), language).format(shown);
	}

	/** A value said differently in each language, such as a post's title. */
	public record Worded(String vietnamese, String english) {

		String in(Locale language) {
			return VIETNAMESE.equals(language) ? this.vietnamese : this.english;
		}

	}

}
