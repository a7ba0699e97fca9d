package vn.cadre.kernel;

import java.time.Instant;
import java.util.Objects;

/**
 * A record the publisher sends to every partition of the event topic once every event up
 * to {@code publishedThrough} has been acknowledged by Kafka. A reader that has read a
 * partition up to a watermark has therefore seen every event of that partition at or
 * before {@code publishedThrough}; the lowest such mark over all partitions is how far a
 * read model has applied the global order. Marked by the header
 * {@link EventWire#HEADER_RECORD_KIND} = {@link EventWire#RECORD_KIND_WATERMARK}; no key.
 *
 * @param publishedThrough every event at or before this global position is in Kafka
 * @param storeHead the event store's head when the mark was sent: how far the history
 * reaches, published or not
 * @param at when the mark was sent
 */
public record Watermark(long publishedThrough, long storeHead, Instant at) {

	public Watermark {
		if (publishedThrough < 0 || storeHead < publishedThrough) {
			throw new IllegalArgumentException(
					"A watermark needs 0 <= publishedThrough <= storeHead: " + publishedThrough + ", " + storeHead);
		}
		Objects.requireNonNull(at, "at");
	}

}
