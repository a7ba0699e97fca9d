package vn.cadre.reporting.messaging.freshness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;
import vn.cadre.reporting.config.ReportingProperties;
import vn.cadre.reporting.messaging.Checkpoints;
import vn.cadre.reporting.messaging.Checkpoints.Checkpoint;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.Projection;

/**
 * How far each read model has applied the history, end to end: the global position it is
 * complete through (the lowest over the topic's partitions, each moved by its events and
 * by the publisher's watermarks) against the event store's head as the watermarks tell
 * it, so a publisher that lags shows as lag too. Records still waiting in Kafka are
 * counted from the partitions' end offsets.
 */
@Component
public class ReadSideStatus implements DisposableBean {

	private static final Duration END_OFFSETS_FRESH_FOR = Duration.ofMillis(500);

	private final List<String> projections;

	private final Checkpoints checkpoints;

	private final Generations generations;

	private final AdminClient admin;

	private final String topic;

	private volatile Map<TopicPartition, Long> endOffsets = Map.of();

	private volatile long endOffsetsReadAt;

	ReadSideStatus(List<Projection> projections, Checkpoints checkpoints, Generations generations, KafkaAdmin kafka,
			ReportingProperties properties) {
		this.projections = projections.stream().map(Projection::name).sorted().toList();
		this.checkpoints = checkpoints;
		this.generations = generations;
		this.admin = AdminClient.create(kafka.getConfigurationProperties());
		this.topic = properties.topic();
	}

	/**
	 * One read model's progress.
	 *
	 * @param appliedThrough every event at or before this position is applied (-1: none
	 * known yet)
	 * @param storeHead the event store's head as last heard
	 * @param eventsBehind positions between the two
	 * @param recordsWaiting records in Kafka not yet applied
	 * @param secondsBehind how old the newest state it has applied is, 0 when current
	 */
	public record ReadModelProgress(String name, long appliedThrough, long storeHead, long eventsBehind,
			long recordsWaiting, Long secondsBehind) {

		public boolean current() {
			return this.eventsBehind == 0 && this.recordsWaiting == 0;
		}

	}

	/** Every read model's progress, now. */
	public List<ReadModelProgress> progress() {
		Map<TopicPartition, Long> ends = endOffsets(false);
		Map<String, Map<TopicPartition, Checkpoint>> all = this.checkpoints
			.all(this.generations.serving().generation());
		long head = all.values()
			.stream()
			.flatMap(byPartition -> byPartition.values().stream())
			.mapToLong(Checkpoint::storeHead)
			.max()
			.orElse(-1);
		List<ReadModelProgress> progress = new ArrayList<>();
		for (String name : this.projections) {
			progress.add(progress(name, all.getOrDefault(name, Map.of()), ends, head));
		}
		return progress;
	}

	/** The position every read model is complete through. */
	public long appliedThrough() {
		return progress().stream().mapToLong(ReadModelProgress::appliedThrough).min().orElse(-1);
	}

	/**
	 * Whether every read model has applied every record that was in Kafka when
	 * {@code ends} were read.
	 */
	boolean reached(Map<TopicPartition, Long> ends) {
		Map<String, Map<TopicPartition, Checkpoint>> all = this.checkpoints
			.all(this.generations.serving().generation());
		return this.projections.stream()
			.allMatch(name -> ends.entrySet()
				.stream()
				.allMatch(end -> all.getOrDefault(name, Map.of())
					.getOrDefault(end.getKey(), Checkpoint.NONE)
					.offset() >= end.getValue() - 1));
	}

	/** The end offsets of the topic's partitions, read anew when {@code fresh}. */
	Map<TopicPartition, Long> endOffsets(boolean fresh) {
		long now = System.nanoTime();
		if (fresh || now - this.endOffsetsReadAt > END_OFFSETS_FRESH_FOR.toNanos()) {
			try {
				List<TopicPartition> partitions = new ArrayList<>();
				this.admin.describeTopics(List.of(this.topic))
					.allTopicNames()
					.get(5, TimeUnit.SECONDS)
					.get(this.topic)
					.partitions()
					.forEach(info -> partitions.add(new TopicPartition(this.topic, info.partition())));
				Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
				partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
				Map<TopicPartition, Long> ends = new HashMap<>();
				this.admin.listOffsets(latest)
					.all()
					.get(5, TimeUnit.SECONDS)
					.forEach((partition, info) -> ends.put(partition, info.offset()));
				this.endOffsets = ends;
				this.endOffsetsReadAt = now;
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof UnknownTopicOrPartitionException) {
					// no event was ever published: nothing to catch up with
					this.endOffsets = Map.of();
					this.endOffsetsReadAt = now;
				}
				else if (fresh) {
					throw new IllegalStateException("Kafka did not tell the end of " + this.topic, ex);
				}
			}
			catch (Exception ex) {
				if (fresh) {
					throw new IllegalStateException("Kafka did not tell the end of " + this.topic, ex);
				}
			}
		}
		return this.endOffsets;
	}

	private static ReadModelProgress progress(String name, Map<TopicPartition, Checkpoint> applied,
			Map<TopicPartition, Long> ends, long head) {
		long through = Long.MAX_VALUE;
		long waiting = 0;
		Instant oldestMark = null;
		for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
			if (end.getValue() == 0) {
				// nothing was ever sent to this partition: it holds nothing back
				continue;
			}
			Checkpoint checkpoint = applied.getOrDefault(end.getKey(), Checkpoint.NONE);
			through = Math.min(through, checkpoint.through());
			waiting += Math.max(0, end.getValue() - 1 - checkpoint.offset());
			if (checkpoint.markedAt() != null && (oldestMark == null || checkpoint.markedAt().isBefore(oldestMark))) {
				oldestMark = checkpoint.markedAt();
			}
		}
		if (through == Long.MAX_VALUE) {
			through = -1;
		}
		long behind = Math.max(0, head - through);
		Long seconds = (behind == 0 && waiting == 0) ? Long.valueOf(0) : (oldestMark != null)
				? Long.valueOf(Math.max(0, Duration.between(oldestMark, Instant.now()).toSeconds())) : null;
		return new ReadModelProgress(name, through, Math.max(head, through), behind, waiting, seconds);
	}

	@Override
	public void destroy() {
		this.admin.close(Duration.ofSeconds(2));
	}

}
