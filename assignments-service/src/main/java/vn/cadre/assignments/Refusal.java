package vn.cadre.assignments;

import java.util.Locale;

import vn.cadre.support.text.Text;
import vn.cadre.support.text.Wording;

/**
 * A refused command, its reason worded in the bundle {@code messages/refusals} in
 * Vietnamese and English: the API answers in the language a request accepts, and in both
 * ("tiếng Việt / English", the exception's message) when it names neither.
 */
public abstract class Refusal extends RuntimeException implements Wording {

	/** The bundle of the command side's refusals. */
	public static final String BUNDLE = "messages.refusals";

	private final transient Text reason;

	/**
	 * @param args the values the text names, in order; a {@link Wording} value is said in
	 * each language, null as nothing
	 */
	protected Refusal(String key, Object... args) {
		this(new Text(BUNDLE, key, args));
	}

	private Refusal(Text reason) {
		super(reason.both());
		this.reason = reason;
	}

	/** The reason in one language: Vietnamese, or English for any other. */
	@Override
	public String in(Locale language) {
		return this.reason.in(language);
	}

}
