package vn.cadre.support.text;

import java.util.Locale;

/** Something said differently in Vietnamese and in English. */
public interface Wording {

	/** Said in {@code language}: Vietnamese, or English for any other. */
	String in(Locale language);

	/** Said in both, "tiếng Việt / English", for a reader who named neither. */
	default String both() {
		return in(Text.VIETNAMESE) + Text.SEPARATOR + in(Locale.ENGLISH);
	}

}
