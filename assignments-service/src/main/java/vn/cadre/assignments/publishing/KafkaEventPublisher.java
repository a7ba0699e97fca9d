package vn.cadre.assignments.publishing;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import vn.cadre.assignments.audit.ChainSealer;
import vn.cadre.assignments.audit.ChainStore;
import vn.cadre.assignments.config.AssignmentsProperties;
import vn.cadre.kernel.EventMetadata;
import vn.cadre.kernel.EventRevision;
import vn.cadre.kernel.EventWire;
import vn.cadre.kernel.PublishedEvent;

/**
 * Sends every stored event to the event topic, keyed by aggregate id, and waits for the
 * acknowledgement. Seals each event into the hash chain first, since this processor is
 * the one reader that sees the global order one event at a time, and sends the seal with
 * the event.
 */
@Component
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {

	public static final String PROCESSING_GROUP = "kafka-publisher";

	private final KafkaTemplate<String, String> kafka;

	private final ObjectMapper json;

	private final AssignmentsProperties properties;

	private final ChainSealer sealer;

	private final ChainDigests digests;

	KafkaEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper json, AssignmentsProperties properties,
			ChainSealer sealer, ChainDigests digests) {
		this.kafka = kafka;
		this.json = json;
		this.properties = properties;
		this.sealer = sealer;
		this.digests = digests;
	}

	@EventHandler
	void publish(Object payload, EventMessage<?> message, TrackingToken token) throws Exception {
		PublishedEvent event = toPublished(payload, message, token);
		ChainStore.Seal seal = this.sealer.seal(event.position());
		ProducerRecord<String, String> record = new ProducerRecord<>(this.properties.topic(), event.aggregateId(),
				this.json.writeValueAsString(event));
		header(record, EventWire.HEADER_EVENT_ID, event.eventId());
		header(record, EventWire.HEADER_EVENT_TYPE, event.type());
		header(record, EventWire.HEADER_REVISION, event.revision());
		header(record, EventWire.HEADER_POSITION, String.valueOf(event.position()));
		header(record, EventWire.HEADER_AGGREGATE_ID, event.aggregateId());
		header(record, EventWire.HEADER_SEQUENCE, String.valueOf(event.sequence()));
		header(record, EventWire.HEADER_CORRELATION_ID, event.metaData().get(EventMetadata.CORRELATION_ID));
		header(record, EventWire.HEADER_CHAIN_HASH, seal.hash());
		header(record, EventWire.HEADER_CHAIN_PREVIOUS, seal.previous());
		this.kafka.send(record).get(this.properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
		this.digests.sealed(seal);
	}

	private static PublishedEvent toPublished(Object payload, EventMessage<?> message, TrackingToken token) {
		String aggregateType = null;
		String aggregateId = null;
		long sequence = 0;
		if (message instanceof DomainEventMessage<?> domain) {
			aggregateType = domain.getType();
			aggregateId = domain.getAggregateIdentifier();
			sequence = domain.getSequenceNumber();
		}
		EventRevision revision = payload.getClass().getAnnotation(EventRevision.class);
		Map<String, String> metaData = new java.util.TreeMap<>();
		message.getMetaData().forEach((key, value) -> metaData.put(key, String.valueOf(value)));
		return new PublishedEvent(message.getIdentifier(), payload.getClass().getName(),
				(revision != null) ? revision.value() : null, token.position().orElse(-1), aggregateType, aggregateId,
				sequence, message.getTimestamp(), metaData, payload);
	}

	private static void header(ProducerRecord<String, String> record, String name, String value) {
		if (value != null) {
			record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
		}
	}

}
