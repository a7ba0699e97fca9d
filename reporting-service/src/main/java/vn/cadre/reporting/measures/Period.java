package vn.cadre.reporting.measures;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A named span of days (both ends included) that the measures are counted over: an era, a
 * term, a year, or a range given in a query.
 */
public record Period(String id, String titleVi, String titleEn, LocalDate from, LocalDate until) {

	public Period {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(until, "until");
		if (until.isBefore(from)) {
			throw new IllegalArgumentException("period " + id + " ends before it starts");
		}
	}

	static Period custom(LocalDate from, LocalDate until) {
		return new Period(from + ".." + until, "Từ " + from + " đến " + until, "From " + from + " to " + until, from,
				until);
	}

	static Period day(LocalDate day) {
		return new Period(day.toString(), "Ngày " + day, "On " + day, day, day);
	}

}
