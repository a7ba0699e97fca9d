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

	/** What a date parameter must be, in Vietnamese then English. */
	public static final String EXPECTED_DATE = "một ngày yyyy-MM-dd từ 1945-01-01 đến 2100-12-31"
			+ " / a date as yyyy-MM-dd from 1945-01-01 to 2100-12-31";

	/** What an instant parameter must be, in Vietnamese then English. */
	public static final String EXPECTED_INSTANT = "một thời điểm ISO-8601 như 2025-07-01T00:00:00Z, từ năm 1945 đến năm 2100"
			+ " / an ISO-8601 instant such as 2025-07-01T00:00:00Z, from 1945 to 2100";

	private PlausibleDates() {
	}

	public static boolean contains(LocalDate day) {
		return !day.isBefore(FIRST) && !day.isAfter(LAST);
	}

	public static boolean contains(Instant instant) {
		return contains(LocalDate.ofInstant(instant, ZoneOffset.UTC));
	}

}
