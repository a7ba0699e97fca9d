package vn.cadre.reporting.messaging;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import vn.cadre.kernel.EventWire;

/**
 * Reads the event headers of a record, which stay readable even when its value is not.
 */
final class Headers {

	private Headers() {
	}

	/** Whether the record is a publisher's watermark rather than an event. */
	static boolean isWatermark(ConsumerRecord<?, ?> record) {
		Header header = record.headers().lastHeader(EventWire.HEADER_RECORD_KIND);
		return header != null
				&& EventWire.RECORD_KIND_WATERMARK.equals(new String(header.value(), StandardCharsets.UTF_8));
	}

	/** The event's contract type as the publisher named it, or null. */
	static String eventType(ConsumerRecord<?, ?> record) {
		Header header = record.headers().lastHeader(EventWire.HEADER_EVENT_TYPE);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	static long position(ConsumerRecord<?, ?> record) {
		Header header = record.headers().lastHeader(EventWire.HEADER_POSITION);
		if (header == null) {
			return -1;
		}
		try {
			return Long.parseLong(new String(header.value(), StandardCharsets.UTF_8));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
