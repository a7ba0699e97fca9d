package vn.cadre.reporting.audit;

import java.time.LocalDate;

/**
 * The days of valid time an event speaks of, both ends included: {@code until} null is
 * open-ended, and both null is an event with no valid time of its own.
 */
record ValidSpan(LocalDate from, LocalDate until) {

	static final ValidSpan NONE = new ValidSpan(null, null);

	ValidSpan {
		if (from == null && until != null) {
			throw new IllegalArgumentException("a span that ends (" + until + ") needs a start");
		}
	}

	static ValidSpan day(LocalDate day) {
		return new ValidSpan(day, day);
	}

	boolean isNone() {
		return this.from == null;
	}

	/**
	 * The smallest span covering both: what a correction that moved a period spoke of.
	 */
	ValidSpan hull(ValidSpan other) {
		if (isNone()) {
			return other;
		}
		if (other.isNone()) {
			return this;
		}
		LocalDate start = this.from.isBefore(other.from) ? this.from : other.from;
		LocalDate end = (this.until == null || other.until == null) ? null
				: this.until.isAfter(other.until) ? this.until : other.until;
		return new ValidSpan(start, end);
	}

}
