package vn.cadre.kernel.mandate;

import java.time.LocalDate;
import java.util.Objects;

import vn.cadre.kernel.InvalidValue;

/**
 * Days from {@code from} to {@code until}, both included; an open range has no
 * {@code until}.
 */
public record DateRange(LocalDate from, LocalDate until) {

	public DateRange {
		Objects.requireNonNull(from, "from");
		if (until != null && until.isBefore(from)) {
			throw new InvalidValue("value.period-ends-before-start", from.toString(), until.toString());
		}
	}

	public static DateRange from(LocalDate from) {
		return new DateRange(from, null);
	}

	public boolean isOpen() {
		return this.until == null;
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.from) && (this.until == null || !day.isAfter(this.until));
	}

	public boolean overlaps(DateRange other) {
		return (other.until == null || !this.from.isAfter(other.until))
				&& (this.until == null || !other.from.isAfter(this.until));
	}

	/** The same start, ending on {@code until}. */
	public DateRange endingOn(LocalDate until) {
		return new DateRange(this.from, until);
	}

	@Override
	public String toString() {
		return this.from + ".." + ((this.until != null) ? this.until : "");
	}

}
