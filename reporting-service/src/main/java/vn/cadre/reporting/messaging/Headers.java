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

	/** A watermark of the publisher, not an event: no read model applies it. */
	static boolean isWatermark(ConsumerRecord<?, ?> record) {
		Header kind = record.headers().lastHeader(EventWire.HEADER_RECORD_KIND);
		return kind != null && EventWire.RECORD_KIND_WATERMARK.equals(new String(kind.value(), StandardCharsets.UTF_8));
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
