package vn.cadre.kernel;

/**
 * How events travel from the command side to readers over Kafka: the topic and the record
 * headers. The record key is the aggregate id (so one aggregate's events keep their
 * order); the value is a JSON envelope with the fields named in {@code docs/events.md}.
 */
public final class EventWire {

	public static final String DEFAULT_TOPIC = "cadre.events";

	public static final String HEADER_EVENT_ID = "cadre-event-id";

	public static final String HEADER_EVENT_TYPE = "cadre-event-type";

	public static final String HEADER_REVISION = "cadre-revision";

	public static final String HEADER_POSITION = "cadre-position";

	public static final String HEADER_AGGREGATE_ID = "cadre-aggregate-id";

	public static final String HEADER_SEQUENCE = "cadre-sequence";

	public static final String HEADER_CORRELATION_ID = "cadre-correlation-id";

	/**
	 * The event's hash in the chain over the global order (see
	 * {@code vn.cadre.kernel.chain}).
	 */
	public static final String HEADER_CHAIN_HASH = "cadre-chain-hash";

	/** The hash of the event before it in the global order. */
	public static final String HEADER_CHAIN_PREVIOUS = "cadre-chain-previous";

	/**
	 * What a record on the event topic carries when it is not an event: absent on events,
	 * {@link #RECORD_KIND_WATERMARK} on a {@link Watermark}.
	 */
	public static final String HEADER_RECORD_KIND = "cadre-record-kind";

	public static final String RECORD_KIND_WATERMARK = "watermark";

	/** The topic of chain digests: the chain's head, published now and then. */
	public static final String DEFAULT_DIGEST_TOPIC = "cadre.chain-digests";

	private EventWire() {
	}

}
