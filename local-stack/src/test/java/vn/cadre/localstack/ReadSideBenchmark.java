package vn.cadre.localstack;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cadre.localstack.history.EventStoreWriter;
import vn.cadre.localstack.history.HistoryFacts;
import vn.cadre.localstack.history.NationalHistory;

/**
 * The read side at national scale, on the embedded default: a generated history written
 * through the command side's storage engine, published by assignments-service, replayed
 * and rebuilt by reporting-service, queried, and fed commands over HTTP. Prints every
 * figure with a baseline of the same run and writes them into {@code docs/benchmarks.md};
 * asserts nothing about speed. See docs/benchmarks.md for the command.
 */
@Tag("benchmark")
class ReadSideBenchmark {

	private static final long EVENTS = Long.getLong("benchmark.events", 1_000_000);

	private static final long SEED = Long.getLong("benchmark.seed", 2025);

	private static final boolean SCALING = Boolean.parseBoolean(System.getProperty("benchmark.scaling", "true"));

	private static final Duration BASELINE_SAMPLE = Duration
		.ofSeconds(Long.getLong("benchmark.baselineSeconds", (EVENTS >= 500_000) ? 90 : 30));

	private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(Long.getLong("benchmark.timeoutMinutes", 40));

	private final BenchResults results = new BenchResults();

	private final Map<String, Long> peakHeap = new ConcurrentHashMap<>();

	/**
	 * {@code -Dbenchmark.reportingJava=...}: the JVM options of the reporting-service
	 * measured.
	 */
	private static final Map<String, String> REPORTING_JAVA_OPTIONS = (System
		.getProperty("benchmark.reportingJava") != null)
				? Map.of(ServiceProcess.JAVA_OPTIONS, System.getProperty("benchmark.reportingJava")) : Map.of();

	@Test
	void readSideAtNationalScale(@TempDir Path work) throws Exception {
		Instant started = Instant.now();
		if (SCALING) {
			for (double share : new double[] { 0.1, 0.3 }) {
				measure(work.resolve("size-" + share), Math.round(EVENTS * share), false);
			}
		}
		measure(work.resolve("size-1"), EVENTS, true);
		this.results.print();
		Path docs = Path.of("..", "docs", "benchmarks.md");
		if (Files.exists(docs)) {
			this.results.writeSection(docs, EVENTS, SEED, Duration.between(started, Instant.now()));
		}
	}

	private void measure(Path data, long size, boolean full) throws Exception {
		Files.createDirectories(data.resolve("mongo"));
		long start = System.nanoTime();
		HistoryFacts facts;
		try (EventStoreWriter writer = EventStoreWriter.onFile(data.resolve("mongo").resolve("events.mv"))) {
			facts = NationalHistory.generate(SEED, size, writer);
		}
		double writeSeconds = seconds(start);
		System.out.printf("history: %,d events in %,d commits (%d old communes -> %d, %d split), written in %.1f s%n",
				facts.events(), facts.commits(), facts.oldCommunes(), facts.newCommunes(), facts.splitCommunes(),
				writeSeconds);
		BenchResults.Size row = this.results.size(facts, writeSeconds);
		StackSettings settings = TestStacks.onFreePorts(data);
		try (BenchStack stack = BenchStack.infrastructure(settings);
				KafkaProbe kafka = new KafkaProbe(settings.kafkaBootstrap())) {
			start = System.nanoTime();
			stack.start(LocalStack.ASSIGNMENTS, Map.of(), true);
			BenchHttp http = new BenchHttp(stack.adminPassword());
			awaitPublished(kafka, facts.events());
			row.publishSeconds = seconds(start);
			ReadSideProgress progress = new ReadSideProgress(http, kafka, stack.url(LocalStack.REPORTING));
			ScheduledSampler sampler = new ScheduledSampler(stack, http, this.peakHeap);
			try {
				if (full) {
					this.results.rawConsume = kafka.consumeAllWithJackson();
					this.results.perRecord = perRecordSample(stack, kafka, progress, facts.events(), settings);
				}
				long heapBefore = heapAfterCollections();
				start = System.nanoTime();
				stack.start(LocalStack.REPORTING, REPORTING_JAVA_OPTIONS, false);
				row.readySeconds = awaitCaughtUp(stack, http, progress, facts.events(), start, row);
				row.replaySeconds = seconds(start);
				row.readModelBytes = heapAfterCollections() - heapBefore;
				this.results.progressSource = progress.source();
				row.rebuildSeconds = rebuild(http, stack.url(LocalStack.REPORTING), false).seconds;
				if (full) {
					this.results.serverBound = ServerBound.measure(settings.readModelPort());
				}
				row.queries = new QueryProbe(http, stack.url(LocalStack.REPORTING), facts, full ? 40 : 10).run();
				if (full) {
					CommandProbe commands = new CommandProbe(http, stack.url(LocalStack.ASSIGNMENTS),
							stack.url(LocalStack.REPORTING), facts);
					this.results.commands = commands
						.throughput((int) Math.min(3000, Math.max(300, facts.events() / 300)), facts.newCommuneIds());
					this.results.commandBaseline = commands.throughput(
							(int) Math.min(1000, Math.max(100, facts.events() / 1000)), commands.freshUnits(20));
					this.results.lag = commands.lagAtSteadyRate(100, EVENTS >= 500_000 ? 30 : 10);
					Rebuilt check = rebuild(http, stack.url(LocalStack.REPORTING), true);
					this.results.differences = check.differences;
					this.results.memory(stack, this.peakHeap);
				}
			}
			finally {
				sampler.close();
			}
		}
	}

	/**
	 * The heap this JVM uses after full collections (here it holds both embedded
	 * servers): measured between timed phases only.
	 */
	static long heapAfterCollections() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(300);
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static void awaitPublished(KafkaProbe kafka, long head) throws Exception {
		long deadline = System.nanoTime() + CATCH_UP_TIMEOUT.toNanos();
		while (kafka.publishedThrough() < head) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the publisher never reached position " + head);
			}
			Thread.sleep(1000);
		}
	}

	/**
	 * The old per-record path: a fresh reporting-service with
	 * {@code cadre.reporting.apply-batch-size=1}, timed to the end or for a sample; then
	 * stopped, its read models and consumer groups forgotten.
	 */
	private BenchResults.Sample perRecordSample(BenchStack stack, KafkaProbe kafka, ReadSideProgress progress,
			long head, StackSettings settings) throws Exception {
		long start = System.nanoTime();
		stack.start(LocalStack.REPORTING,
				Map.of("SPRING_APPLICATION_JSON", "{\"cadre\":{\"reporting\":{\"apply-batch-size\":1}}}"), false);
		long topicRecords = kafka.endOffsets().values().stream().mapToLong(Long::longValue).sum();
		long deadline = start + BASELINE_SAMPLE.toNanos() + Duration.ofSeconds(60).toNanos();
		boolean complete = false;
		long applied = 0;
		long firstApplied = -1;
		long firstAt = 0;
		while (System.nanoTime() < deadline && !complete) {
			Thread.sleep(1000);
			complete = progress.caughtUp(head);
			applied = complete ? topicRecords : progress.slowestCommitted(topicRecords);
			if (firstApplied < 0 && applied > 0) {
				firstApplied = applied;
				firstAt = System.nanoTime();
			}
			if (firstApplied >= 0 && System.nanoTime() - firstAt > BASELINE_SAMPLE.toNanos()) {
				break;
			}
		}
		double elapsed = seconds(start);
		stack.stop(LocalStack.REPORTING);
		try (MongoClient readModels = MongoClients.create("mongodb://127.0.0.1:" + settings.readModelPort())) {
			readModels.getDatabase("cadre_reporting").drop();
		}
		kafka.deleteGroups();
		return new BenchResults.Sample(complete ? head / elapsed : applied / elapsed, complete, applied, elapsed);
	}

	private static Double awaitCaughtUp(BenchStack stack, BenchHttp http, ReadSideProgress progress, long head,
			long start, BenchResults.Size row) throws Exception {
		Double ready = null;
		long deadline = start + CATCH_UP_TIMEOUT.toNanos();
		while (true) {
			if (!stack.isAlive(LocalStack.REPORTING)) {
				throw new IllegalStateException("reporting-service stopped; see " + stack.log(LocalStack.REPORTING));
			}
			java.net.URI readiness = java.net.URI
				.create(stack.url(LocalStack.REPORTING) + "/actuator/health/readiness");
			if (row.answeredSeconds == null && ServiceProcess.answers(readiness)) {
				row.answeredSeconds = seconds(start);
			}
			if (ready == null && ServiceProcess.isReady(readiness)) {
				ready = seconds(start);
			}
			if (ready != null && progress.caughtUp(head)) {
				return ready;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the read side did not catch up within " + CATCH_UP_TIMEOUT);
			}
			Thread.sleep(500);
		}
	}

	record Rebuilt(Double seconds, Long differences) {

	}

	/** Starts a rebuild (or a consistency check) and follows it to its end. */
	private static Rebuilt rebuild(BenchHttp http, String reporting, boolean check) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> started = http.post(reporting + (check ? "/admin/consistency-check" : "/admin/rebuild"),
				"");
		if (started.statusCode() != 202) {
			System.out.println((check ? "consistency check" : "rebuild") + " refused: " + started.statusCode() + " "
					+ started.body());
			return new Rebuilt(null, null);
		}
		while (true) {
			Thread.sleep(500);
			JsonNode status = http.json(reporting + "/admin/rebuild");
			if (status != null && !"RUNNING".equals(status.path("state").asText())) {
				Long differences = status.has("differences") ? (long) status.path("differences").size() : null;
				if (check) {
					// the first few say what differs: a count alone cannot tell a lost
					// event from a check that raced the live consumers
					List<String> first = new ArrayList<>();
					status.path("differences").forEach(found -> {
						if (first.size() < 10) {
							first.add(found.toString());
						}
					});
					System.out.printf("consistency check: %s differences in %.1f s; the first: %s%n", differences,
							seconds(start), first);
				}
				if (!"DONE".equals(status.path("state").asText())) {
					// a run that failed compared nothing: its empty list is no finding
					System.out.println("rebuild ended " + status);
					return new Rebuilt(null, null);
				}
				return new Rebuilt(seconds(start), differences);
			}
		}
	}

	static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	/** Peak heap of each service from its metrics, and of this JVM, every two seconds. */
	static final class ScheduledSampler implements AutoCloseable {

		private final java.util.concurrent.ScheduledExecutorService timer = Executors
			.newSingleThreadScheduledExecutor();

		ScheduledSampler(BenchStack stack, BenchHttp http, Map<String, Long> peak) {
			this.timer.scheduleAtFixedRate(() -> {
				for (String name : List.of(LocalStack.ASSIGNMENTS, LocalStack.REPORTING)) {
					if (stack.isAlive(name)) {
						JsonNode metric = http
							.json(stack.url(name) + "/actuator/metrics/jvm.memory.used?tag=area:heap");
						if (metric != null) {
							peak.merge(name, metric.path("measurements").path(0).path("value").asLong(), Math::max);
						}
					}
				}
				peak.merge("benchmark JVM (both MongoDB servers)",
						ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
			}, 0, 2, TimeUnit.SECONDS);
		}

		@Override
		public void close() {
			this.timer.shutdownNow();
		}

	}

	static ExecutorService pool(int threads) {
		AtomicInteger count = new AtomicInteger();
		return Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "bench-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	static List<String> list(List<String> items, int count) {
		List<String> picked = new ArrayList<>();
		for (int i = 0; i < count && !items.isEmpty(); i++) {
			picked.add(items.get((int) ((i * 7919L) % items.size())));
		}
		return picked;
	}

}
