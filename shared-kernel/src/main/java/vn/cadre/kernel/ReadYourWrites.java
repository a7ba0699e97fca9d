package vn.cadre.kernel;

/**
 * How a client reads its own writes: every accepted command answers with the global
 * position of the last event it stored ({@link #POSITION_HEADER}); a read that passes
 * that position ({@link #MIN_POSITION_HEADER} or the query parameter
 * {@link #MIN_POSITION_PARAMETER}) is answered only once the read models it uses have
 * applied every event up to it, or refused with 503 and {@code Retry-After} after a
 * bounded wait.
 */
public final class ReadYourWrites {

	public static final String POSITION_HEADER = "Cadre-Position";

	public static final String MIN_POSITION_HEADER = "Cadre-Min-Position";

	public static final String MIN_POSITION_PARAMETER = "minPosition";

	private ReadYourWrites() {
	}

}
