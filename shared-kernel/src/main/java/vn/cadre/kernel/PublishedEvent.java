package vn.cadre.kernel;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One event as it travels to readers: the payload with where it stands in the history.
 * This is the JSON value of a record on the event topic.
 *
 * @param eventId unique id of the event
 * @param type fully qualified class name of the payload, the stored type name
 * @param revision schema revision of the payload
 * @param position global position in the event store, gap-free and increasing
 * @param aggregateType type of the aggregate that recorded it
 * @param aggregateId id of that aggregate; also the record key
 * @param sequence sequence of the event within its aggregate, from 0
 * @param recordedAt record time: when the command side stored it
 * @param metaData actor, command id, correlation, reason, legal basis (see
 * {@link EventMetadata})
 * @param payload the event itself, an implementation of {@link CadreEvent} on the reading
 * side
 */
public record PublishedEvent(String eventId, String type, String revision, long position, String aggregateType,
		String aggregateId, long sequence, Instant recordedAt, Map<String, String> metaData, Object payload) {

	public PublishedEvent {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(recordedAt, "recordedAt");
		metaData = Map.copyOf(metaData);
		Objects.requireNonNull(payload, "payload");
	}

}
