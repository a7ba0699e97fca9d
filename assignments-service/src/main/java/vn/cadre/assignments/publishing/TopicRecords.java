package vn.cadre.assignments.publishing;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import vn.cadre.assignments.audit.ChainStore;
import vn.cadre.kernel.EventMetadata;
import vn.cadre.kernel.EventWire;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.Watermark;

/** The two kinds of record on the event topic, as {@link EventWire} describes them. */
final class TopicRecords {

	private TopicRecords() {
	}

	/** An event, keyed by its aggregate so the aggregate's events keep their order. */
	static ProducerRecord<String, String> event(String topic, PublishedEvent event, ChainStore.Seal seal,
			ObjectMapper json) throws JsonProcessingException {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.aggregateId(),
				json.writeValueAsString(event));
		header(record, EventWire.HEADER_EVENT_ID, event.eventId());
		header(record, EventWire.HEADER_EVENT_TYPE, event.type());
		header(record, EventWire.HEADER_REVISION, event.revision());
		header(record, EventWire.HEADER_POSITION, String.valueOf(event.position()));
		header(record, EventWire.HEADER_AGGREGATE_ID, event.aggregateId());
		header(record, EventWire.HEADER_SEQUENCE, String.valueOf(event.sequence()));
		header(record, EventWire.HEADER_CORRELATION_ID, event.metaData().get(EventMetadata.CORRELATION_ID));
		header(record, EventWire.HEADER_CHAIN_HASH, seal.hash());
		header(record, EventWire.HEADER_CHAIN_PREVIOUS, seal.previous());
		return record;
	}

	/** A watermark for one partition: no key, since it belongs to no aggregate. */
	static ProducerRecord<String, String> watermark(String topic, int partition, Watermark mark, ObjectMapper json)
			throws JsonProcessingException {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, partition, null,
				json.writeValueAsString(mark));
		header(record, EventWire.HEADER_RECORD_KIND, EventWire.RECORD_KIND_WATERMARK);
		return record;
	}

	private static void header(ProducerRecord<String, String> record, String name, String value) {
		if (value != null) {
			record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
		}
	}

}
