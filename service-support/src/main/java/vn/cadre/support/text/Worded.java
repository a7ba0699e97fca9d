package vn.cadre.support.text;

import java.util.Locale;

/** A value said differently in each language, such as a post's title. */
public record Worded(String vietnamese, String english) implements Wording {

	@Override
	public String in(Locale language) {
		return Text.isVietnamese(language) ? this.vietnamese : this.english;
	}

}
