package vn.cadre.reporting.mandates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a mandate: its facts in valid time ({@code from}..{@code until}) as
 * believed from {@code recordedFrom} until {@code recordedUntil} (null: still believed).
 *
 * @param change what made this version: ASSIGNED, ENDED, CORRECTED or RESCINDED
 * @param position the global position of the event that made it
 */
public record MandateVersion(String unitId, String mandateId, String postCode, String personId, LocalDate from,
		LocalDate until, boolean ended, String endCause, String locality, String localityBasis, String legalBasis,
		List<String> concurrentWith, boolean rescinded, String change, String reason, long position,
		Instant recordedFrom, Instant recordedUntil) {

	static String keyOf(String unitId, String mandateId) {
		return unitId + "/" + mandateId;
	}

	/** Whether it holds on {@code day} in valid time. */
	public boolean validOn(LocalDate day) {
		return !day.isBefore(this.from) && (this.until == null || !day.isAfter(this.until));
	}

	/** The days it holds within {@code a}..{@code b}, or null when none. */
	public LocalDate[] within(LocalDate a, LocalDate b) {
		LocalDate start = this.from.isAfter(a) ? this.from : a;
		LocalDate end = (this.until == null || this.until.isAfter(b)) ? b : this.until;
		return start.isAfter(end) ? null : new LocalDate[] { start, end };
	}

}
