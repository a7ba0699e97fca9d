package vn.cadre.reporting.messaging.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import vn.cadre.reporting.config.ReportingProperties;
import vn.cadre.reporting.messaging.Checkpoints;
import vn.cadre.reporting.messaging.Checkpoints.Checkpoint;
import vn.cadre.reporting.messaging.ReplayBatches;
import vn.cadre.reporting.projection.EventDecoder;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.Projection;
import vn.cadre.reporting.projection.ReadModels;

/**
 * Rebuilds every read model from offset 0 of the topic into a new generation while the
 * served one keeps answering, then switches: live consumers hold still, the rebuild reads
 * what came meanwhile, and one write makes the new generation the served one. A check
 * builds a scratch generation the same way and compares it with the served one instead of
 * switching, holding the live consumers only while it looks again at what differed. One
 * rebuild or check at a time across every instance (each claims the next generation, see
 * {@link Generations#claimNext}); the instance that runs it answers for its status.
 */
@Component
public class Rebuild {

	private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

	private static final Duration GRACE = Duration.ofSeconds(2);

	/** Documents a check looks at again at most: past this, its walk stops. */
	private static final int SUSPECTS = 100_000;

	private static final int RECHECKS = 3;

	/** The running rebuild's claim on the next generation. */
	private volatile GenerationClaim claim;

	/** How long a claim holds unrenewed ({@code cadre.reporting.rebuild-claim}). */
	private final Duration lease;

	private final List<Projection> projections;

	private final Checkpoints checkpoints;

	private final Generations generations;

	private final ReadModelComparison comparison;

	private final KafkaProperties kafka;

	private final String topic;

	private final int batchSize;

	private final ReplayBatches batches;

	private final ServedOffsets served;

	private final AtomicReference<RebuildStatus> status = new AtomicReference<>();

	Rebuild(List<Projection> projections, EventDecoder decoder, Checkpoints checkpoints, Generations generations,
			ReadModelComparison comparison, KafkaProperties kafka, ReportingProperties properties) {
		this.projections = projections;
		this.checkpoints = checkpoints;
		this.generations = generations;
		this.comparison = comparison;
		this.kafka = kafka;
		this.topic = properties.topic();
		this.batchSize = properties.applyBatchSize();
		this.batches = new ReplayBatches(projections, decoder, properties.applyBatchSize(), properties.catchUpEvents());
		this.served = new ServedOffsets(projections, checkpoints, generations);
		this.lease = properties.rebuildClaim();
	}

	/**
	 * Starts a rebuild (or, with {@code checkOnly}, a check) in the background, unless
	 * one runs here or on another instance. The generation it builds is emptied first,
	 * with what is left of generations no longer served.
	 */
	public synchronized RebuildStatus start(boolean checkOnly) {
		RebuildStatus current = this.status.get();
		if (current != null && current.running()) {
			throw new AlreadyRunning(current.id());
		}
		String id = UUID.randomUUID().toString();
		GenerationClaim claimed = GenerationClaim.take(id, this.generations, this.lease);
		this.claim = claimed;
		ReadModels next;
		try {
			next = this.generations.next();
			// the generation served is the one before it
			this.checkpoints.forgetAllBut(next.generation() - 1);
		}
		catch (RuntimeException ex) {
			claimed.release();
			throw ex;
		}
		RebuildStatus started = RebuildStatus.started(id, checkOnly);
		this.status.set(started);
		Thread worker = new Thread(() -> {
			try {
				run(started.id(), checkOnly, next);
			}
			finally {
				// finish released it, unless the run ended in an error it could not catch
				claimed.release();
			}
		}, "read-model-rebuild");
		worker.setDaemon(true);
		worker.start();
		return started;
	}

	public Optional<RebuildStatus> status() {
		return Optional.ofNullable(this.status.get());
	}

	private void run(String id, boolean checkOnly, ReadModels next) {
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
			RebuildProgress progress = new RebuildProgress(id, checkOnly, total, Instant.now());
			Map<TopicPartition, Checkpoint> last = new HashMap<>();
			readUpTo(consumer, end, next, progress, last, null);
			if (checkOnly) {
				this.served.awaitLiveConsumers(end, start);
				List<ReadModelComparison.Difference> differences = settled(consumer, partitions, next, progress, last);
				if (this.claim.stillHeld()) {
					this.generations.discard(next);
					this.checkpoints.forget(next.generation());
				}
				finish(progress.status(RebuildStatus.State.DONE, differences, null));
				return;
			}
			this.generations.beginSwitch();
			holding = true;
			Thread.sleep(GRACE.toMillis());
			Map<TopicPartition, Long> finalEnd = consumer.endOffsets(partitions);
			progress.total += partitions.stream().mapToLong(p -> Math.max(0, finalEnd.get(p) - end.get(p))).sum();
			readUpTo(consumer, finalEnd, next, progress, last, null);
			this.claim.ensureHeld();
			for (Projection projection : this.projections) {
				this.checkpoints.saveAll(projection.name(), next.generation(), last);
			}
			int replaced = this.generations.serving().generation();
			if (!this.generations.serve(next, id)) {
				throw new GenerationClaim.Lost();
			}
			holding = false;
			this.checkpoints.forget(replaced);
			finish(progress.status(RebuildStatus.State.DONE, List.of(), null));
		}
		catch (Exception ex) {
			this.batches.discard();
			// unless another rebuild took the generation over: it builds there now, and
			// its claim ended any switch
			if (!(ex instanceof GenerationClaim.Lost) && this.claim.stillHeld()) {
				if (holding) {
					this.generations.abandonSwitch();
				}
				this.generations.discard(next);
			}
			log.error("Read-model rebuild {} failed", id, ex);
			RebuildStatus failed = this.status.get();
			finish(new RebuildStatus(id, checkOnly, RebuildStatus.State.FAILED, failed.done(), failed.total(),
					failed.startedAt(), Instant.now(), 0, failed.skipped(), List.of(),
					String.valueOf(ex.getMessage())));
		}
	}

	/**
	 * What differs between the served generation and a check's scratch, which has read
	 * the topic as far as the live consumers had. They go on applying while every
	 * document is compared, so a document they changed meanwhile differs for no fault of
	 * theirs: the check then reads as far as they have got, holding them still for that
	 * moment only, and looks again at just those documents. What still differs after
	 * {@value #RECHECKS} such looks is reported.
	 */
	private List<ReadModelComparison.Difference> settled(KafkaConsumer<String, String> consumer,
			List<TopicPartition> partitions, ReadModels scratch, RebuildProgress progress,
			Map<TopicPartition, Checkpoint> last) throws InterruptedException {
		Map<String, Map<TopicPartition, Long>> limits = this.served.offsets();
		readAsFarAsLive(consumer, partitions, scratch, progress, last, limits);
		List<ReadModelComparison.Difference> suspects = this.comparison.compare(this.generations.serving(), scratch,
				SUSPECTS);
		for (int look = 0; look < RECHECKS && !suspects.isEmpty(); look++) {
			log.info("Read-model check {}: {} documents differ; looking again once the live consumers hold",
					progress.id, suspects.size());
			this.generations.beginSwitch();
			try {
				Thread.sleep(GRACE.toMillis());
				Map<String, Map<TopicPartition, Long>> before = limits;
				limits = this.served.offsets();
				this.served.rewind(consumer, partitions, before);
				readAsFarAsLive(consumer, partitions, scratch, progress, last, limits);
				suspects = this.comparison.recheck(this.generations.serving(), scratch, suspects);
			}
			finally {
				this.generations.abandonSwitch();
			}
		}
		return List.copyOf(suspects.subList(0, Math.min(suspects.size(), ReadModelComparison.LIMIT)));
	}

	/** Applies to the scratch what each read model has applied live, and no more. */
	private void readAsFarAsLive(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
			ReadModels scratch, RebuildProgress progress, Map<TopicPartition, Checkpoint> last,
			Map<String, Map<TopicPartition, Long>> limits) {
		Map<TopicPartition, Long> to = ServedOffsets.endOf(limits, partitions, consumer);
		progress.total += partitions.stream().mapToLong(p -> Math.max(0, to.get(p) - consumer.position(p))).sum();
		readUpTo(consumer, to, scratch, progress, last, limits);
	}

	/**
	 * Applies records up to {@code end}, poll by poll, each poll one batch; with
	 * {@code limits} (a check), each projection only up to the offset it has applied
	 * live.
	 */
	private void readUpTo(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end, ReadModels target,
			RebuildProgress progress, Map<TopicPartition, Checkpoint> last,
			Map<String, Map<TopicPartition, Long>> limits) {
		Set<TopicPartition> reachedEnd = new HashSet<>();
		while (end.entrySet().stream().anyMatch(entry -> consumer.position(entry.getKey()) < entry.getValue())) {
			this.claim.ensureHeld();
			List<ConsumerRecord<String, String>> batch = new ArrayList<>();
			for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
				TopicPartition partition = new TopicPartition(record.topic(), record.partition());
				if (record.offset() >= end.get(partition)) {
					// Polled past the end while events keep arriving: read it again next
					// time, else the records up to the next end are never applied.
					if (reachedEnd.add(partition)) {
						consumer.seek(partition, record.offset());
						consumer.pause(List.of(partition));
					}
					continue;
				}
				batch.add(record);
			}
			this.batches.apply(batch, target, progress.skipped, last, limits);
			progress.done += batch.size();
			progress.everySecond(this.status::set);
		}
		consumer.resume(consumer.paused());
		this.claim.ensureHeld();
		this.batches.write();
	}

	/**
	 * Ends the run: its claim is given up before its end is told, so whoever sees it
	 * finished may start the next.
	 */
	private void finish(RebuildStatus finished) {
		this.claim.release();
		this.status.set(finished);
		log.info("Read-model {} {} {}: {} events{}", finished.checkOnly() ? "check" : "rebuild", finished.id(),
				finished.state(), finished.done(),
				finished.checkOnly() ? ", " + finished.differences().size() + " differences" : "");
	}

	private KafkaConsumer<String, String> consumer() {
		Map<String, Object> properties = new HashMap<>(this.kafka.buildConsumerProperties(null));
		properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, this.batchSize);
		return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
	}

}
