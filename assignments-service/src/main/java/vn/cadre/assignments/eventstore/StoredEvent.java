package vn.cadre.assignments.eventstore;

/**
 * One event exactly as the store holds it: payload and metadata as their stored JSON
 * text, byte for byte, for those who must see what was written rather than what it means
 * (the hash chain, an export).
 */
public record StoredEvent(long position, String eventId, String timestamp, String aggregateType, String aggregateId,
		long sequence, String payloadType, String revision, String payload, String metaData) {

}
