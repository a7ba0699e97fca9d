package vn.cadre.reporting.messaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import vn.cadre.kernel.CadreEvent;
import vn.cadre.reporting.deadletters.DeadLetters;
import vn.cadre.reporting.deadletters.PoisonPolicy;
import vn.cadre.reporting.messaging.Checkpoints.Checkpoint;
import vn.cadre.reporting.projection.EventDecoder;
import vn.cadre.reporting.projection.Projection;
import vn.cadre.reporting.projection.ReadModels;

/**
 * How a live consumer applies what it polled: the records read as events (a parked
 * aggregate's diverted to the dead letters), applied by the projection as one batch, then
 * the checkpoints written.
 */
final class PollApplication {

	private static final Logger log = LoggerFactory.getLogger(PollApplication.class);

	private final EventDecoder decoder;

	private final Checkpoints checkpoints;

	private final DeadLetters deadLetters;

	private final PoisonPolicy policy;

	private final RecordDeadLetters recordDeadLetters;

	PollApplication(EventDecoder decoder, Checkpoints checkpoints, DeadLetters deadLetters, PoisonPolicy policy,
			RecordDeadLetters recordDeadLetters) {
		this.decoder = decoder;
		this.checkpoints = checkpoints;
		this.deadLetters = deadLetters;
		this.policy = policy;
		this.recordDeadLetters = recordDeadLetters;
	}

	/**
	 * Applies a poll as one batch; when it fails, record by record, so the record that
	 * still fails is the one the error handler retries and then dead-letters.
	 */
	void apply(Projection projection, List<ConsumerRecord<String, String>> fresh, ReadModels target,
			Map<TopicPartition, Checkpoint> applied) {
		try {
			applyTogether(projection, fresh, target, applied);
		}
		catch (RuntimeException ex) {
			log.debug("Projection {}: a batch failed, applying its records one by one", projection.name(), ex);
			for (ConsumerRecord<String, String> record : fresh) {
				try {
					applyTogether(projection, List.of(record), target, applied);
				}
				catch (RuntimeException single) {
					throw new BatchListenerFailedException("Projection " + projection.name() + " failed on "
							+ record.topic() + "-" + record.partition() + "@" + record.offset(), single, record);
				}
			}
		}
	}

	static Set<TopicPartition> partitionsOf(List<ConsumerRecord<String, String>> records) {
		Set<TopicPartition> partitions = new LinkedHashSet<>();
		records.forEach(record -> partitions.add(new TopicPartition(record.topic(), record.partition())));
		return partitions;
	}

	/**
	 * Applies records as one batch, then writes the checkpoints; {@code applied} moves on
	 * with them.
	 */
	private void applyTogether(Projection projection, List<ConsumerRecord<String, String>> records, ReadModels target,
			Map<TopicPartition, Checkpoint> applied) {
		RecordBatch batch = read(projection, records, applied);
		projection.applyAll(batch.events, target);
		Map<TopicPartition, Checkpoint> moved = new HashMap<>();
		batch.progress.forEach((partition, checkpoint) -> {
			if (!checkpoint.equals(applied.get(partition))) {
				moved.put(partition, checkpoint);
			}
		});
		this.checkpoints.saveAll(projection.name(), target.generation(), moved);
		applied.putAll(moved);
	}

	/**
	 * Reads records as events from {@code applied} on. Those of a type the projection
	 * does not read only move their partition on, undecoded (and a parked aggregate's are
	 * not parked: they cannot change the read model); a parked aggregate's others become
	 * dead letters instead.
	 */
	RecordBatch read(Projection projection, List<ConsumerRecord<String, String>> records,
			Map<TopicPartition, Checkpoint> applied) {
		Set<String> parked = (this.policy == PoisonPolicy.PARK)
				? this.deadLetters.parkedAmong(projection.name(), records.stream().map(ConsumerRecord::key).toList())
				: Set.of();
		List<ConsumerRecord<String, String>> diverted = new ArrayList<>();
		RecordBatch batch = RecordBatch.read(records, this.decoder, applied, record -> {
			if (!reads(projection, record)) {
				return true;
			}
			boolean isParked = record.key() != null && parked.contains(record.key());
			if (isParked) {
				diverted.add(record);
			}
			return isParked;
		}, (record, ex) -> {
			throw new IllegalStateException(
					"Undecodable record at " + record.topic() + "-" + record.partition() + "@" + record.offset(), ex);
		});
		diverted.forEach(record -> this.recordDeadLetters.parked(projection.name(), record));
		return batch;
	}

	/**
	 * Whether the record's header names a type the projection reads; a record without
	 * that header (an older publisher) is decoded to find out.
	 */
	private boolean reads(Projection projection, ConsumerRecord<String, String> record) {
		String type = Headers.eventType(record);
		Class<? extends CadreEvent> contract = (type != null) ? this.decoder.contractClass(type) : null;
		return contract == null || projection.reads(contract);
	}

}
