package vn.cadre.kernel;

/**
 * Keys of the metadata every event carries next to its payload: who recorded it, under
 * which command, why and on which legal basis.
 */
public final class EventMetadata {

	/** The authenticated principal that issued the command. */
	public static final String ACTOR = "actor";

	/** The client-supplied id of the command that produced the event. */
	public static final String COMMAND_ID = "commandId";

	/** Id shared by every message caused by one request. */
	public static final String CORRELATION_ID = "correlationId";

	/** Id of the message that directly caused this one. */
	public static final String CAUSATION_ID = "traceId";

	/** Free-text reason given by the actor. */
	public static final String REASON = "reason";

	/** Number of the legal document the change rests on. */
	public static final String LEGAL_BASIS = "legalBasis";

	private EventMetadata() {
	}

}
