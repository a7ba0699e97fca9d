package vn.cadre.assignments.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import vn.cadre.assignments.audit.ChainSealer;
import vn.cadre.assignments.audit.ChainStore;
import vn.cadre.assignments.config.AssignmentsProperties;
import vn.cadre.kernel.EventRevision;
import vn.cadre.kernel.PublishedEvent;

/**
 * Sends every stored event to the event topic, keyed by aggregate id, a batch of the
 * tracking processor at a time: seals the batch into the hash chain (this processor is
 * the one reader that sees the global order, in order), sends every event with its seal,
 * and waits for every acknowledgement while handling the batch's last event, that is
 * before the unit of work commits and the processor stores its token. A failure throws,
 * so the whole batch is handled again. Once the token is stored, the watermarks tell the
 * readers how far publication has come.
 */
@Component
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {

	public static final String PROCESSING_GROUP = "kafka-publisher";

	private static final String BATCH = KafkaEventPublisher.class.getName() + ".batch";

	private final KafkaTemplate<String, String> kafka;

	private final ObjectMapper json;

	private final AssignmentsProperties properties;

	private final ChainSealer sealer;

	private final ChainDigests digests;

	private final Watermarks watermarks;

	KafkaEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper json, AssignmentsProperties properties,
			ChainSealer sealer, ChainDigests digests, Watermarks watermarks) {
		this.kafka = kafka;
		this.json = json;
		this.properties = properties;
		this.sealer = sealer;
		this.digests = digests;
		this.watermarks = watermarks;
	}

	/**
	 * The processor puts into a batch only events this handler takes, and it takes every
	 * event, so it is called for the batch's last event too: the one place before the
	 * token is stored (in the first prepare-commit handler, registered ahead of any of
	 * ours) where the acknowledgements can still hold the token back.
	 */
	@EventHandler
	void publish(Object payload, EventMessage<?> message, TrackingToken token, UnitOfWork<?> unitOfWork)
			throws Exception {
		List<PublishedEvent> batch = unitOfWork.getOrComputeResource(BATCH, (key) -> new ArrayList<>());
		batch.add(toPublished(payload, message, token));
		if (unitOfWork instanceof BatchingUnitOfWork<?> batching && !batching.isLastMessage()) {
			return;
		}
		long through = send(batch);
		unitOfWork.afterCommit((committed) -> this.watermarks.published(through));
	}

	/** Seals, sends and waits for every acknowledgement; answers the last position. */
	private long send(List<PublishedEvent> batch) throws Exception {
		List<ChainStore.Seal> seals = this.sealer.seal(batch.stream().map(PublishedEvent::position).toList());
		CompletableFuture<?>[] acknowledgements = new CompletableFuture<?>[batch.size()];
		for (int i = 0; i < batch.size(); i++) {
			acknowledgements[i] = this.kafka
				.send(TopicRecords.event(this.properties.topic(), batch.get(i), seals.get(i), this.json));
		}
		this.kafka.flush();
		CompletableFuture.allOf(acknowledgements)
			.get(this.properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
		ChainStore.Seal last = seals.get(seals.size() - 1);
		this.digests.sealed(last);
		return last.position();
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
		Map<String, String> metaData = new TreeMap<>();
		message.getMetaData().forEach((key, value) -> metaData.put(key, String.valueOf(value)));
		return new PublishedEvent(message.getIdentifier(), payload.getClass().getName(),
				(revision != null) ? revision.value() : null, token.position().orElse(-1), aggregateType, aggregateId,
				sequence, message.getTimestamp(), metaData, payload);
	}

}
