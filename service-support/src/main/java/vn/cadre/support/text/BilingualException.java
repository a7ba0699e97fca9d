package vn.cadre.support.text;

import java.util.Locale;

/**
 * A failure whose reason is a bundled {@link Text}: an answer says it in the language the
 * request accepts ({@link Languages#say}), and the exception's message, for logs and for
 * a request naming neither language, is both.
 */
public abstract class BilingualException extends RuntimeException implements Wording {

	private final transient Text reason;

	protected BilingualException(Text reason) {
		super(reason.both());
		this.reason = reason;
	}

	@Override
	public String in(Locale language) {
		return this.reason.in(language);
	}

}
