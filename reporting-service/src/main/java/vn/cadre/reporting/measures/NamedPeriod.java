package vn.cadre.reporting.measures;

import java.time.LocalDate;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.cadre.reporting.web.PlausibleDates;
import org.springframework.http.HttpStatus;
import vn.cadre.reporting.web.QueryRefused;

/**
 * A period of the catalogue as configured: an era or a term, both ends included. An era
 * still running has no {@code until} (absent in JSON, never a far-future day): it is
 * counted to the day asked, see {@link #through}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NamedPeriod(String id, String titleVi, String titleEn, LocalDate from, LocalDate until) {

	public NamedPeriod {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(from, "from");
		if (!PlausibleDates.contains(from) || (until != null && !PlausibleDates.contains(until))) {
			throw new IllegalArgumentException("period " + id + " must lie within " + PlausibleDates.FIRST + ".."
					+ PlausibleDates.LAST + "; leave until out for a period still running");
		}
		if (until != null && until.isBefore(from)) {
			throw new IllegalArgumentException("period " + id + " ends before it starts");
		}
	}

	/**
	 * The days counted when asked on {@code dayAsked}: the configured ones, or for a
	 * period still running, from its start to that day.
	 */
	Period through(LocalDate dayAsked) {
		if (this.until != null) {
			return new Period(this.id, this.titleVi, this.titleEn, this.from, this.until);
		}
		if (dayAsked.isBefore(this.from)) {
			throw new NotYetBegun(this, dayAsked);
		}
		return new Period(this.id, this.titleVi, this.titleEn, this.from, dayAsked);
	}

	/** A running period asked about before its first day. */
	static final class NotYetBegun extends QueryRefused {

		NotYetBegun(NamedPeriod period, LocalDate dayAsked) {
			super(HttpStatus.BAD_REQUEST, "period", "measure.period-not-begun", period.id(), period.from(), dayAsked);
		}

	}

}
