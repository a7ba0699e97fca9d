package vn.cadre.kernel;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A value the published language refuses, with its reason kept under {@code key} in the
 * bundle {@link #BUNDLE} (English, and Vietnamese in its {@code _vi} variant): a service
 * answering a person says it in their language, while the message, for logs and for
 * callers that know no bundles, is the English text.
 */
public final class InvalidValue extends IllegalArgumentException {

	/** The bundle of the reasons, a MessageFormat pattern per key. */
	public static final String BUNDLE = "vn.cadre.kernel.values";

	private final String key;

	private final transient Object[] args;

	public InvalidValue(String key, Object... args) {
		super(english(key, args));
		this.key = key;
		this.args = args.clone();
	}

	public String key() {
		return this.key;
	}

	/** The values the reason names, in the pattern's order. */
	public Object[] args() {
		return this.args.clone();
	}

	private static String english(String key, Object[] args) {
		ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(texts.getString(key), Locale.ENGLISH).format(args);
	}

}
