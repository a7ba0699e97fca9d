package vn.cadre.reporting.web;

import java.time.Instant;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * Reads a query parameter's instant as ISO-8601 only ({@code 2025-08-01T00:00:00Z}).
 * Spring's own formatter also reads a count of milliseconds, so {@code knownAt=-1} would
 * silently mean the last millisecond of 1969; a record time written so is a mistake, and
 * is refused naming its parameter.
 */
public final class IsoInstants implements Formatter<Instant> {

	@Override
	public Instant parse(String text, Locale locale) {
		return Instant.parse(text.strip());
	}

	@Override
	public String print(Instant instant, Locale locale) {
		return instant.toString();
	}

}
