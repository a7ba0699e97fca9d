package vn.cadre.reporting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import vn.cadre.support.web.StrictJson;

/**
 * The days a query may name: a date outside them is a typing slip or a probe (a year
 * +99999 parses as ISO), never a question the records can answer.
 */
public final class PlausibleDates {

	public static final LocalDate FIRST = StrictJson.EARLIEST_DAY;

	public static final LocalDate LAST = StrictJson.LATEST_DAY;

	/** What a date parameter must be: a key of {@code messages/problems}. */
	public static final String EXPECTED_DATE = "expect.date";

	/** What an instant parameter must be: a key of {@code messages/problems}. */
	public static final String EXPECTED_INSTANT = "expect.instant";

	private PlausibleDates() {
	}

	public static boolean contains(LocalDate day) {
		return !day.isBefore(FIRST) && !day.isAfter(LAST);
	}

	public static boolean contains(Instant instant) {
		return contains(LocalDate.ofInstant(instant, ZoneOffset.UTC));
	}

}
