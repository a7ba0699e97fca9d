package vn.cadre.console.api;

import java.time.LocalDate;
import java.util.Locale;

/** A named period of the report (an era, a term), as the read side lists them. */
public record Period(String id, String titleVi, String titleEn, LocalDate from, LocalDate until) {

	public String title(Locale locale) {
		return Bilingual.pick(locale, this.titleVi, this.titleEn);
	}

}
