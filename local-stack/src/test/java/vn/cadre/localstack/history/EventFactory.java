package vn.cadre.localstack.history;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import vn.cadre.kernel.EventMetadata;

/**
 * Makes the domain event messages the aggregates would have applied: each aggregate's
 * sequence counted from 0 in the order the events are made, ids drawn from the seed, and
 * the metadata a signed-in command carries.
 */
final class EventFactory {

	static final String ACTOR = "nhap-lich-su";

	private final Map<String, Long> sequences = new HashMap<>();

	private final SplittableRandom ids;

	EventFactory(long seed) {
		this.ids = new SplittableRandom(seed ^ 0x5DEECE66DL);
	}

	/** The metadata of one command: its id, the actor, the legal basis, a reason. */
	Map<String, String> command(String legalBasis, String reason) {
		String commandId = id();
		Map<String, String> metadata = new LinkedHashMap<>();
		metadata.put(EventMetadata.ACTOR, ACTOR);
		metadata.put(EventMetadata.COMMAND_ID, commandId);
		metadata.put(EventMetadata.CORRELATION_ID, commandId);
		metadata.put(EventMetadata.CAUSATION_ID, commandId);
		metadata.put(EventMetadata.LEGAL_BASIS, legalBasis);
		if (reason != null) {
			metadata.put(EventMetadata.REASON, reason);
		}
		return metadata;
	}

	DomainEventMessage<?> event(String aggregateType, String aggregateId, Object payload, Instant recordedAt,
			Map<String, String> metadata) {
		long sequence = this.sequences.merge(aggregateId, 1L, Long::sum) - 1;
		return new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload, metadata, id(),
				recordedAt);
	}

	String id() {
		return new UUID(this.ids.nextLong(), this.ids.nextLong()).toString();
	}

}
