package vn.cadre.reporting.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The measures of one scope over one period (or on one date) as known at one record time.
 *
 * @param unitIds the units of the scope
 * @param on the date of the "on a date" semantics, or null for "at any time in the
 * period"
 */
public record MeasureReport(Scope scope, String unitId, String level, Period period, LocalDate on, Instant knownAt,
		List<String> unitIds, List<Measure> measures) {

	public Measure measure(String id) {
		return this.measures.stream()
			.filter(measure -> measure.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no measure " + id));
	}

}
