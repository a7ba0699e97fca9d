package vn.cadre.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.cadre.localstack.history.HistoryFacts;

/**
 * The figures of one run, printed and written as the section of
 * {@code docs/benchmarks.md} between its two markers (replaced on each run). A figure
 * that could not be measured on the code of the day is "n/a".
 */
final class BenchResults {

	static final String BEGIN = "<!-- read-side-benchmark:begin (written by ReadSideBenchmark) -->";

	static final String END = "<!-- read-side-benchmark:end -->";

	/** One history size and what it cost. */
	static final class Size {

		final HistoryFacts facts;

		final double writeSeconds;

		Double publishSeconds;

		Double readySeconds;

		/** When the service first answered HTTP: its JVM and context had started. */
		Double answeredSeconds;

		Double replaySeconds;

		Double rebuildSeconds;

		/**
		 * What the replayed read models added to the heap of the JVM that holds the
		 * embedded servers, after full collections.
		 */
		Long readModelBytes;

		Map<String, BenchHttp.Latencies> queries = Map.of();

		Size(HistoryFacts facts, double writeSeconds) {
			this.facts = facts;
			this.writeSeconds = writeSeconds;
		}

	}

	/** A rate measured on all events or on a sample of them. */
	record Sample(double perSecond, boolean complete, long applied, double seconds) {

	}

	final List<Size> sizes = new ArrayList<>();

	Double rawConsume;

	Sample perRecord;

	CommandProbe.Run commands;

	CommandProbe.Run commandBaseline;

	CommandProbe.Lag lag;

	Long differences;

	ServerBound.Measured serverBound;

	String progressSource = "n/a";

	final Map<String, String> memory = new LinkedHashMap<>();

	Size size(HistoryFacts facts, double writeSeconds) {
		Size size = new Size(facts, writeSeconds);
		this.sizes.add(size);
		return size;
	}

	void memory(BenchStack stack, Map<String, Long> peakHeap) {
		record Process(String name, long pid) {
		}
		for (Process process : List.of(new Process(LocalStack.ASSIGNMENTS, stack.pid(LocalStack.ASSIGNMENTS)),
				new Process(LocalStack.REPORTING, stack.pid(LocalStack.REPORTING)),
				new Process("kafka", stack.kafkaPid()),
				new Process("benchmark JVM (both MongoDB servers)", ProcessHandle.current().pid()))) {
			Long heap = peakHeap.get(process.name());
			this.memory.put(process.name(), ((heap != null) ? mib(heap) : "n/a") + " | " + vmHwm(process.pid()));
		}
	}

	private static String vmHwm(long pid) {
		try {
			return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))
				.stream()
				.filter(line -> line.startsWith("VmHWM:"))
				.map(line -> String.format("%,d MiB", Long.parseLong(line.replaceAll("\\D", "")) / 1024))
				.findFirst()
				.orElse("n/a");
		}
		catch (Exception ex) {
			return "n/a";
		}
	}

	private static String mib(long bytes) {
		return String.format("%,d MiB", bytes / (1024 * 1024));
	}

	Size full() {
		return this.sizes.get(this.sizes.size() - 1);
	}

	List<String> table() {
		Size full = full();
		long events = full.facts.events();
		Double replay = rate(events, full.replaySeconds);
		Double rebuild = rate(events, full.rebuildSeconds);
		List<String> rows = new ArrayList<>();
		rows.add("| measure | value | baseline (same run) | ratio |");
		rows.add("|---|---|---|---|");
		rows.add(row("replay from the start of reporting-service (events/s)", replay,
				"plain KafkaConsumer + Jackson, same topic", this.rawConsume));
		if (full.answeredSeconds != null && full.replaySeconds != null) {
			rows.add(row(
					String.format("replay once the service answered, %s s after its start (events/s)",
							fmt(full.answeredSeconds)),
					rate(events, full.replaySeconds - full.answeredSeconds),
					"plain KafkaConsumer + Jackson, same topic", this.rawConsume));
		}
		rows.add(row("rebuild via `POST /admin/rebuild` (events/s)", rebuild,
				"plain KafkaConsumer + Jackson, same topic", this.rawConsume));
		if (this.serverBound != null && full.rebuildSeconds != null) {
			String measure = String.format("rebuild: documents the rebuilt read models hold (%,d) per second",
					this.serverBound.documents());
			double written = this.serverBound.documents() / full.rebuildSeconds;
			rows.add(row(measure, written,
					String.format("the same server bulk-inserting %,d of them (`insertMany` of 1,000), one client",
							this.serverBound.sampled()),
					this.serverBound.insertedPerSecond()));
			rows.add(row(measure, written, "the same, four clients at once (as the four read models write)",
					this.serverBound.insertedByFourPerSecond()));
		}
		rows.add(row("replay (events/s) against the per-record path", replay,
				(this.perRecord == null) ? "apply-batch-size=1"
						: String.format("apply-batch-size=1, %s (%,d events in %.0f s)",
								this.perRecord.complete() ? "whole topic" : "sample", this.perRecord.applied(),
								this.perRecord.seconds()),
				(this.perRecord != null && this.perRecord.perSecond() > 0) ? this.perRecord.perSecond() : null));
		rows.add(String.format("| reporting-service ready (readiness UP) after start | %s s | | |",
				fmt(full.readySeconds)));
		rows.add(String.format("| publication of the whole history by assignments-service | %s s (%s events/s) | | |",
				fmt(full.publishSeconds), fmt(rate(events, full.publishSeconds))));
		Double floor = p(full.queries.get("unit by id (baseline)"), 50);
		for (Map.Entry<String, BenchHttp.Latencies> query : full.queries.entrySet()) {
			if (query.getKey().startsWith("unit by id")) {
				continue;
			}
			rows.add(String.format("| query %s p50 / p99 (ms, n=%d) | %s / %s | `GET /api/units/{id}` p50 %s ms | %s |",
					query.getKey(), query.getValue().count(), fmt(p(query.getValue(), 50)),
					fmt(p(query.getValue(), 99)), fmt(floor), ratio(p(query.getValue(), 50), floor)));
		}
		if (this.commands != null) {
			rows.add(String.format(
					"| commands on generated units (%,d, %d clients; %d refused): per s, p50 / p99 ms | %s, %s / %s | on %s fresh units: %s, %s / %s | %s |",
					this.commands.commands(), 4, this.commands.refused(), fmt(this.commands.perSecond()),
					fmt(this.commands.p50()), fmt(this.commands.p99()), (this.commandBaseline != null) ? "20" : "n/a",
					(this.commandBaseline != null) ? fmt(this.commandBaseline.perSecond()) : "n/a",
					(this.commandBaseline != null) ? fmt(this.commandBaseline.p50()) : "n/a",
					(this.commandBaseline != null) ? fmt(this.commandBaseline.p99()) : "n/a",
					(this.commandBaseline != null) ? ratio(this.commands.perSecond(), this.commandBaseline.perSecond())
							: "n/a"));
		}
		if (this.lag != null) {
			rows.add(String.format(
					"| command-to-read lag at %.0f registrations/s (%d sent, %d seen): p50 / p99 ms | %s / %s | command answered p99 %s ms | %s |",
					this.lag.offeredPerSecond(), this.lag.sent(), this.lag.seen(), fmt(this.lag.visibleP50()),
					fmt(this.lag.visibleP99()), fmt(this.lag.acceptP99()),
					ratio(this.lag.visibleP99(), this.lag.acceptP99())));
		}
		rows.add(String.format("| consistency check after the load: differences | %s | 0 | |",
				(this.differences != null) ? this.differences : "n/a"));
		return rows;
	}

	List<String> scaling() {
		List<String> rows = new ArrayList<>();
		rows.add(
				"| events | old → new communes | write history (s) | publish (s) | replay (s) | read models in the server's heap (MiB; bytes/event) | rebuild (s) | UNIT p50 | LINEAGE p50 | PROVINCE p50 | COUNTRY p50 | restatement p50 (ms) |");
		rows.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
		for (Size size : this.sizes) {
			rows.add(String.format("| %,d | %,d → %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |",
					size.facts.events(), size.facts.oldCommunes(), size.facts.newCommunes(), fmt(size.writeSeconds),
					fmt(size.publishSeconds), fmt(size.replaySeconds),
					(size.readModelBytes != null) ? String.format("%,d; %,d", size.readModelBytes / (1024 * 1024),
							size.readModelBytes / size.facts.events()) : "n/a",
					fmt(size.rebuildSeconds), fmt(p(size.queries.get("UNIT"), 50)),
					fmt(p(size.queries.get("LINEAGE"), 50)), fmt(p(size.queries.get("PROVINCE"), 50)),
					fmt(p(size.queries.get("COUNTRY"), 50)),
					fmt(p(size.queries.get("restatement (knownAt before a correction)"), 50))));
		}
		return rows;
	}

	List<String> memoryTable() {
		List<String> rows = new ArrayList<>();
		rows.add("| process | peak heap used (sampled every 2 s) | peak RSS (VmHWM) |");
		rows.add("|---|---|---|");
		this.memory.forEach((name, figures) -> rows.add("| " + name + " | " + figures + " |"));
		return rows;
	}

	void print() {
		table().forEach(System.out::println);
		scaling().forEach(System.out::println);
		memoryTable().forEach(System.out::println);
	}

	void writeSection(Path docs, long events, long seed, Duration took) throws Exception {
		HistoryFacts facts = full().facts;
		List<String> lines = new ArrayList<>();
		lines.add(BEGIN);
		lines.add("");
		lines.add(String.format(
				"Measured %s by `ReadSideBenchmark` (-Dbenchmark.events=%d, seed %d; the whole run took %.1f min) on %d cores, %s %s, Java %s.",
				LocalDate.now(), events, seed, took.toSeconds() / 60.0, Runtime.getRuntime().availableProcessors(),
				System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version")));
		lines.add(String.format(
				"History: %,d events in %,d commits; %d old provinces → %d; %,d districts; %,d old communes → %,d (%d split); %,d persons; %,d corrections; %,d rescissions; %,d briefings. Caught up as told by: %s.",
				facts.events(), facts.commits(), facts.oldProvinces(), facts.provincesAfter(), facts.districts(),
				facts.oldCommunes(), facts.newCommunes(), facts.splitCommunes(), facts.persons(), facts.corrections(),
				facts.rescissions(), facts.briefings(), this.progressSource));
		lines.add("");
		lines.addAll(table());
		lines.add("");
		lines.add("How rebuild and query times grow with the history:");
		lines.add("");
		lines.addAll(scaling());
		lines.add("");
		lines.addAll(memoryTable());
		lines.add("");
		lines.add(END);
		String text = Files.readString(docs);
		int begin = text.indexOf(BEGIN);
		int end = text.indexOf(END);
		String section = String.join("\n", lines);
		String updated = (begin >= 0 && end > begin)
				? text.substring(0, begin) + section + text.substring(end + END.length())
				: text.stripTrailing() + "\n\n" + section + "\n";
		Files.writeString(docs, updated);
	}

	private static Double rate(long events, Double seconds) {
		return (seconds != null && seconds > 0) ? events / seconds : null;
	}

	private static Double p(BenchHttp.Latencies latencies, double percentile) {
		return (latencies != null) ? latencies.percentile(percentile) : null;
	}

	private static String row(String measure, Double value, String baseline, Double baselineValue) {
		return String.format("| %s | %s | %s: %s | %s |", measure, fmt(value), baseline, fmt(baselineValue),
				ratio(value, baselineValue));
	}

	static String ratio(Double value, Double baseline) {
		return (value != null && baseline != null && baseline > 0) ? String.format("%.2fx", value / baseline) : "n/a";
	}

	static String fmt(Double value) {
		if (value == null) {
			return "n/a";
		}
		return (value >= 100) ? String.format("%,.0f", value) : String.format("%.1f", value);
	}

}
