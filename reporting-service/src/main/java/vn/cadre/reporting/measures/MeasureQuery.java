package vn.cadre.reporting.measures;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import vn.cadre.reporting.web.PlausibleDate;

/**
 * What a measures question names, bound from its query string: the scope and its unit,
 * the level counted, and either a period (named, or {@code from}/{@code until}) or a day
 * ({@code on}). Each bound is checked where the value is declared.
 */
record MeasureQuery(Scope scope, String unitId,
		@Pattern(regexp = MeasureQuery.LEVELS, message = MeasureQuery.LEVELS_EXPECTED) String level, String period,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate until,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate on) {

	static final String LEVELS = "PROVINCE|DISTRICT|COMMUNE";

	static final String LEVELS_EXPECTED = "expect.level";

	MeasureQuery {
		scope = (scope != null) ? scope : Scope.UNIT;
	}

}
