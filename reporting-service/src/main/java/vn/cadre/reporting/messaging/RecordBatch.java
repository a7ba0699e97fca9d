package vn.cadre.reporting.messaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.reporting.messaging.Checkpoints.Checkpoint;
import vn.cadre.reporting.projection.EventDecoder;

/**
 * The records of one poll read as events, in order, with how far each partition has come:
 * an event moves its partition to its position, a watermark to the position it marks.
 */
final class RecordBatch {

	final List<PublishedEvent> events = new ArrayList<>();

	final Map<TopicPartition, Checkpoint> progress;

	private RecordBatch(Map<TopicPartition, Checkpoint> from) {
		this.progress = new HashMap<>(from);
	}

	/**
	 * Reads {@code records}; those {@code divert} takes (a parked aggregate's) only move
	 * their partition on, and one that cannot be decoded goes to {@code undecodable},
	 * which may throw.
	 */
	static RecordBatch read(List<ConsumerRecord<String, String>> records, EventDecoder decoder,
			Map<TopicPartition, Checkpoint> from, Predicate<ConsumerRecord<String, String>> divert,
			BiConsumer<ConsumerRecord<String, String>, Exception> undecodable) {
		RecordBatch batch = new RecordBatch(from);
		for (ConsumerRecord<String, String> record : records) {
			TopicPartition partition = new TopicPartition(record.topic(), record.partition());
			Checkpoint before = batch.progress.getOrDefault(partition, Checkpoint.NONE);
			long position = Headers.position(record);
			try {
				if (Headers.isWatermark(record)) {
					batch.progress.put(partition,
							before.afterWatermark(record.offset(), decoder.watermark(record.value())));
					continue;
				}
				if (!divert.test(record)) {
					PublishedEvent event = decoder.decode(record.value());
					batch.events.add(event);
					position = event.position();
				}
			}
			catch (Exception ex) {
				undecodable.accept(record, ex);
			}
			batch.progress.put(partition, before.afterEvent(record.offset(), position));
		}
		return batch;
	}

}
