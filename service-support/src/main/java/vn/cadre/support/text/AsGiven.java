package vn.cadre.support.text;

import java.util.Locale;

/**
 * A text that exists in one language only, such as a library's message: said as it is,
 * once, whatever language is asked.
 */
public record AsGiven(String text) implements Wording {

	@Override
	public String in(Locale language) {
		return this.text;
	}

	@Override
	public String both() {
		return this.text;
	}

}
