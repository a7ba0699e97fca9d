package vn.cadre.reporting.deadletters;

import java.time.Instant;

/**
 * One event a projection did not apply.
 *
 * @param id {@code projection|topic|partition|offset}
 * @param cause {@code FAILED} when applying it failed, {@code PARKED} when it waits
 * behind an earlier failure
 * @param value the record's JSON exactly as received, so a retry applies what was
 * published
 */
public record DeadLetter(String id, String projection, String topic, int partition, long offset, String aggregateId,
		long position, String cause, String error, String value, Instant recordedAt) {

	public static final String FAILED = "FAILED";

	public static final String PARKED = "PARKED";

	/** The exception chain as readable text, bounded in length. */
	public static String describe(Throwable ex) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = ex; cause != null && text.length() < 2000; cause = cause.getCause()) {
			text.append(cause.getClass().getName()).append(": ").append(cause.getMessage()).append('\n');
		}
		return text.toString().strip();
	}

	public static String idOf(String projection, String topic, int partition, long offset) {
		return projection + "|" + topic + "|" + partition + "|" + offset;
	}

}
