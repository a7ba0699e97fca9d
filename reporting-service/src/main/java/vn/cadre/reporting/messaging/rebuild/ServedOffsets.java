package vn.cadre.reporting.messaging.rebuild;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cadre.reporting.messaging.Checkpoints;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.Projection;

/**
 * What the served generation's live consumers have applied, by projection and partition,
 * as their checkpoints say: a consistency check reads the topic as far as they have and
 * compares with what they hold.
 */
final class ServedOffsets {

	private static final Logger log = LoggerFactory.getLogger(ServedOffsets.class);

	private static final Duration LIVE_WAIT = Duration.ofMinutes(2);

	private final List<Projection> projections;

	private final Checkpoints checkpoints;

	private final Generations generations;

	ServedOffsets(List<Projection> projections, Checkpoints checkpoints, Generations generations) {
		this.projections = projections;
		this.checkpoints = checkpoints;
		this.generations = generations;
	}

	/**
	 * A check compares with what the live consumers have applied, so it first lets them
	 * reach the end it has read (bounded: a consumer that is stuck shows as differences).
	 */
	void awaitLiveConsumers(Map<TopicPartition, Long> end, Map<TopicPartition, Long> start)
			throws InterruptedException {
		long deadline = System.nanoTime() + LIVE_WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			Map<String, Map<TopicPartition, Long>> served = offsets();
			boolean reached = this.projections.stream()
				.allMatch(projection -> end.entrySet()
					.stream()
					.filter(entry -> entry.getValue() > start.get(entry.getKey()))
					.allMatch(entry -> served.getOrDefault(projection.name(), Map.of())
						.getOrDefault(entry.getKey(), -1L) >= entry.getValue() - 1));
			if (reached) {
				return;
			}
			Thread.sleep(200);
		}
		log.warn("Consistency check: the live consumers did not reach the end of the topic within {}", LIVE_WAIT);
	}

	/**
	 * The last offset each projection has applied in the served generation, by partition.
	 */
	Map<String, Map<TopicPartition, Long>> offsets() {
		Map<String, Map<TopicPartition, Long>> offsets = new HashMap<>();
		this.checkpoints.all(this.generations.serving().generation())
			.forEach((projection, checkpoints) -> checkpoints
				.forEach((partition, checkpoint) -> offsets.computeIfAbsent(projection, name -> new HashMap<>())
					.put(partition, checkpoint.offset())));
		return offsets;
	}

	/**
	 * How far a check reads: as far as any projection has applied, and no less than read.
	 */
	static Map<TopicPartition, Long> endOf(Map<String, Map<TopicPartition, Long>> limits,
			List<TopicPartition> partitions, KafkaConsumer<String, String> consumer) {
		Map<TopicPartition, Long> end = new HashMap<>();
		for (TopicPartition partition : partitions) {
			long furthest = limits.values()
				.stream()
				.mapToLong(offsets -> offsets.getOrDefault(partition, -1L) + 1)
				.max()
				.orElse(0);
			end.put(partition, Math.max(furthest, consumer.position(partition)));
		}
		return end;
	}

	/**
	 * Goes back to the lowest offset some read model had applied live at {@code limits}:
	 * records past it were read but not given to that read model; the others recognise
	 * them as applied.
	 */
	void rewind(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
			Map<String, Map<TopicPartition, Long>> limits) {
		for (TopicPartition partition : partitions) {
			long lowest = this.projections.stream()
				.mapToLong(
						projection -> limits.getOrDefault(projection.name(), Map.of()).getOrDefault(partition, -1L) + 1)
				.min()
				.orElse(0);
			if (lowest < consumer.position(partition)) {
				consumer.seek(partition, lowest);
			}
		}
	}

}
