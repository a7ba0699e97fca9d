package vn.cadre.assignments;

import vn.cadre.support.text.BilingualException;
import vn.cadre.support.text.Text;
import vn.cadre.support.text.Wording;

/**
 * A refused command, its reason worded in the bundle {@code messages/refusals} in
 * Vietnamese and English: the API answers in the language a request accepts, and in both
 * ("tiếng Việt / English", the exception's message) when it names neither.
 */
public abstract class Refusal extends BilingualException {

	/** The bundle of the command side's refusals. */
	public static final String BUNDLE = "messages.refusals";

	/**
	 * @param args the values the text names, in order; a {@link Wording} value is said in
	 * each language, null as nothing
	 */
	protected Refusal(String key, Object... args) {
		super(new Text(BUNDLE, key, args));
	}

}
