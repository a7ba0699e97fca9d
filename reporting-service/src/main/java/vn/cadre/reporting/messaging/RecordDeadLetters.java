package vn.cadre.reporting.messaging;

import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cadre.reporting.deadletters.DeadLetter;
import vn.cadre.reporting.deadletters.DeadLetters;
import vn.cadre.reporting.deadletters.PoisonPolicy;
import vn.cadre.reporting.messaging.Checkpoints.Checkpoint;
import vn.cadre.reporting.projection.Generations;

/**
 * Turns a record a live consumer cannot apply into a dead letter: one that failed after
 * its retries (the consumer moves past it), or one of an aggregate parked behind an
 * earlier dead letter.
 */
final class RecordDeadLetters {

	private static final Logger log = LoggerFactory.getLogger(RecordDeadLetters.class);

	private final DeadLetters deadLetters;

	private final Checkpoints checkpoints;

	private final Generations generations;

	private final PoisonPolicy policy;

	RecordDeadLetters(DeadLetters deadLetters, Checkpoints checkpoints, Generations generations, PoisonPolicy policy) {
		this.deadLetters = deadLetters;
		this.checkpoints = checkpoints;
		this.generations = generations;
		this.policy = policy;
	}

	/**
	 * A record that failed after its retries; the projection's checkpoint moves past it.
	 */
	void failed(String projection, ConsumerRecord<?, ?> record, Exception ex) {
		record(projection, record, ex, DeadLetter.FAILED);
		this.checkpoints.save(projection, this.generations.serving().generation(),
				new TopicPartition(record.topic(), record.partition()),
				new Checkpoint(record.offset(), -1, -1, null).afterEvent(record.offset(), Headers.position(record)));
	}

	/** A record of an aggregate parked behind an earlier dead letter. */
	void parked(String projection, ConsumerRecord<?, ?> record) {
		record(projection, record, null, DeadLetter.PARKED);
	}

	private void record(String projection, ConsumerRecord<?, ?> record, Exception ex, String cause) {
		String aggregateId = (record.key() != null) ? record.key().toString() : null;
		this.deadLetters.record(new DeadLetter(
				DeadLetter.idOf(projection, record.topic(), record.partition(), record.offset()), projection,
				record.topic(), record.partition(), record.offset(), aggregateId, Headers.position(record), cause,
				(ex != null) ? DeadLetter.describe(ex) : null, String.valueOf(record.value()), Instant.now()));
		if (this.policy == PoisonPolicy.PARK) {
			this.deadLetters.park(projection, aggregateId);
		}
		log.warn("Projection {}: event at {}-{}@{} became a dead letter ({})", projection, record.topic(),
				record.partition(), record.offset(), cause);
	}

}
