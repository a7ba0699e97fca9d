package vn.cadre.reporting.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.stereotype.Component;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.reporting.config.ReportingProperties;
import vn.cadre.reporting.projection.EventDecoder;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.Projection;
import vn.cadre.reporting.projection.ReadModels;

/**
 * Rebuilds every read model from offset 0 of the topic into a new generation while the
 * served one keeps answering, then switches: live consumers hold still, the rebuild reads
 * what came meanwhile, and one write makes the new generation the served one. A check
 * builds a scratch generation the same way and compares it with the served one instead of
 * switching.
 *
 * <p>
 * One rebuild or check at a time per instance; the status is kept in MongoDB so every
 * instance and the CLI can follow it.
 */
@Component
public class Rebuild {

	private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

	private static final Duration GRACE = Duration.ofSeconds(2);

	private final List<Projection> projections;

	private final EventDecoder decoder;

	private final Checkpoints checkpoints;

	private final Generations generations;

	private final ReadModelComparison comparison;

	private final KafkaProperties kafka;

	private final String topic;

	private final AtomicReference<RebuildStatus> status = new AtomicReference<>();

	Rebuild(List<Projection> projections, EventDecoder decoder, Checkpoints checkpoints, Generations generations,
			ReadModelComparison comparison, KafkaProperties kafka, ReportingProperties properties) {
		this.projections = projections;
		this.decoder = decoder;
		this.checkpoints = checkpoints;
		this.generations = generations;
		this.comparison = comparison;
		this.kafka = kafka;
		this.topic = properties.topic();
	}

	/**
	 * Starts a rebuild (or, with {@code checkOnly}, a consistency check) in the
	 * background.
	 */
	public synchronized RebuildStatus start(boolean checkOnly) {
		RebuildStatus current = this.status.get();
		if (current != null && current.running()) {
			throw new IllegalStateException("A rebuild is already running: " + current.id());
		}
		RebuildStatus started = RebuildStatus.started(UUID.randomUUID().toString(), checkOnly);
		this.status.set(started);
		Thread worker = new Thread(() -> run(started.id(), checkOnly), "read-model-rebuild");
		worker.setDaemon(true);
		worker.start();
		return started;
	}

	public Optional<RebuildStatus> status() {
		return Optional.ofNullable(this.status.get());
	}

	private void run(String id, boolean checkOnly) {
		ReadModels next = this.generations.next();
		this.checkpoints.forget(next.generation());
		boolean holding = false;
		try (KafkaConsumer<String, String> consumer = consumer()) {
			List<TopicPartition> partitions = consumer.partitionsFor(this.topic)
				.stream()
				.map(info -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			long total = partitions.stream().mapToLong(partition -> end.get(partition) - start.get(partition)).sum();
			Progress progress = new Progress(id, checkOnly, total, Instant.now());
			Map<TopicPartition, long[]> last = new HashMap<>();
			readUpTo(consumer, end, next, progress, last);
			this.generations.beginSwitch();
			holding = true;
			Thread.sleep(GRACE.toMillis());
			Map<TopicPartition, Long> finalEnd = consumer.endOffsets(partitions);
			progress.total += partitions.stream().mapToLong(p -> finalEnd.get(p) - end.get(p)).sum();
			readUpTo(consumer, finalEnd, next, progress, last);
			for (Projection projection : this.projections) {
				last.forEach((partition, offsetAndPosition) -> this.checkpoints.save(projection.name(),
						next.generation(), partition, offsetAndPosition[0], offsetAndPosition[1]));
			}
			if (checkOnly) {
				List<ReadModelComparison.Difference> differences = this.comparison.compare(this.generations.serving(),
						next);
				this.generations.abandonSwitch();
				holding = false;
				this.generations.discard(next);
				this.checkpoints.forget(next.generation());
				finish(progress.status(RebuildStatus.State.DONE, differences, null));
			}
			else {
				int replaced = this.generations.serving().generation();
				this.generations.serve(next);
				holding = false;
				this.checkpoints.forget(replaced);
				finish(progress.status(RebuildStatus.State.DONE, List.of(), null));
			}
		}
		catch (Exception ex) {
			if (holding) {
				this.generations.abandonSwitch();
			}
			this.generations.discard(next);
			log.error("Read-model rebuild {} failed", id, ex);
			RebuildStatus failed = this.status.get();
			finish(new RebuildStatus(id, checkOnly, RebuildStatus.State.FAILED, failed.done(), failed.total(),
					failed.startedAt(), Instant.now(), 0, failed.skipped(), List.of(),
					String.valueOf(ex.getMessage())));
		}
	}

	private void readUpTo(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end, ReadModels target,
			Progress progress, Map<TopicPartition, long[]> last) {
		Instant reported = Instant.now();
		while (end.entrySet().stream().anyMatch(entry -> consumer.position(entry.getKey()) < entry.getValue())) {
			for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
				if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
					continue;
				}
				if (Headers.isWatermark(record)) {
					progress.done++;
					continue;
				}
				apply(record, target, progress);
				last.put(new TopicPartition(record.topic(), record.partition()),
						new long[] { record.offset(), Headers.position(record) });
				progress.done++;
			}
			if (Duration.between(reported, Instant.now()).toSeconds() >= 1) {
				reported = Instant.now();
				RebuildStatus now = progress.status(RebuildStatus.State.RUNNING, List.of(), null);
				this.status.set(now);
				log.info("Read-model {} {}: {}/{} events, {}/s, about {}s left",
						progress.checkOnly ? "check" : "rebuild", progress.id, now.done(), now.total(),
						Math.round(now.perSecond()), now.secondsLeft());
			}
		}
	}

	/**
	 * An event no projection can read is skipped here: the live consumers have made it a
	 * dead letter already, and the comparison would show its effect.
	 */
	private void apply(ConsumerRecord<String, String> record, ReadModels target, Progress progress) {
		PublishedEvent event;
		try {
			event = this.decoder.decode(record.value());
		}
		catch (Exception ex) {
			progress.skipped++;
			return;
		}
		for (Projection projection : this.projections) {
			try {
				projection.apply(event, target);
			}
			catch (RuntimeException ex) {
				progress.skipped++;
				log.warn("Rebuild: {} could not apply {}-{}@{}: {}", projection.name(), record.topic(),
						record.partition(), record.offset(), ex.toString());
			}
		}
	}

	private void finish(RebuildStatus finished) {
		this.status.set(finished);
		log.info("Read-model {} {} {}: {} events{}", finished.checkOnly() ? "check" : "rebuild", finished.id(),
				finished.state(), finished.done(),
				finished.checkOnly() ? ", " + finished.differences().size() + " differences" : "");
	}

	private KafkaConsumer<String, String> consumer() {
		Map<String, Object> properties = new HashMap<>(this.kafka.buildConsumerProperties(null));
		properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
		return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
	}

	/** Counters of one run. */
	private static final class Progress {

		final String id;

		final boolean checkOnly;

		final Instant startedAt;

		long total;

		long done;

		long skipped;

		Progress(String id, boolean checkOnly, long total, Instant startedAt) {
			this.id = id;
			this.checkOnly = checkOnly;
			this.total = total;
			this.startedAt = startedAt;
		}

		RebuildStatus status(RebuildStatus.State state, List<ReadModelComparison.Difference> differences,
				String error) {
			double seconds = Math.max(0.001, Duration.between(this.startedAt, Instant.now()).toMillis() / 1000.0);
			return new RebuildStatus(this.id, this.checkOnly, state, this.done, this.total, this.startedAt,
					(state == RebuildStatus.State.RUNNING) ? null : Instant.now(), this.done / seconds, this.skipped,
					new ArrayList<>(differences), error);
		}

	}

}
