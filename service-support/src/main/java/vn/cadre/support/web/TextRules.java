package vn.cadre.support.web;

import java.text.Normalizer;

import vn.cadre.support.text.Text;

/**
 * The rules a text given by a person must meet before anything stores it, shared by
 * request bodies and request parameters.
 */
public final class TextRules {

	private TextRules() {
	}

	/** The text as it is kept: NFC, without surrounding white space. */
	public static String canonical(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
	}

	/**
	 * Why {@code text} cannot be taken, or {@code null} if it can. Line breaks and tabs
	 * are allowed only where {@code multiline}.
	 */
	public static Text problem(String text, boolean multiline) {
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (Character.getType(c) == Character.SURROGATE) {
				return ProblemResponses.text("text.lone-surrogate");
			}
			if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
				continue;
			}
			int type = Character.getType(c);
			if (type == Character.CONTROL || type == Character.FORMAT || c == 0x2028 || c == 0x2029) {
				return ProblemResponses.text("text.invisible-character", String.format("%04X", c));
			}
		}
		return null;
	}

}
