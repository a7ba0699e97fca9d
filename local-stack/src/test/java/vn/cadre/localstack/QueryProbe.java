package vn.cadre.localstack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import vn.cadre.localstack.history.HistoryFacts;

/**
 * Times the measures at each scope, the country's from four clients at once too, a
 * restatement (known before a backdated correction) and, as the floor, reading one unit
 * by id; each kind for up to {@code samples} requests or thirty seconds.
 */
final class QueryProbe {

	private static final int CLIENTS = 4;

	private final BenchHttp http;

	private final String reporting;

	private final HistoryFacts facts;

	private final int samples;

	QueryProbe(BenchHttp http, String reporting, HistoryFacts facts, int samples) {
		this.http = http;
		this.reporting = reporting;
		this.facts = facts;
		this.samples = samples;
	}

	Map<String, BenchHttp.Latencies> run() throws Exception {
		Map<String, BenchHttp.Latencies> kinds = new LinkedHashMap<>();
		List<String> communes = ReadSideBenchmark.list(this.facts.newCommuneIds(), this.samples);
		List<String> provinces = ReadSideBenchmark.list(this.facts.provinceIds(), this.samples);
		kinds.put("unit by id (baseline)", time(communes, id -> "/api/units/" + id));
		kinds.put("UNIT", time(communes, id -> "/api/measures?scope=UNIT&unitId=" + id + "&period=two-level-model"));
		kinds.put("LINEAGE", time(communes, id -> "/api/measures?scope=LINEAGE&unitId=" + id + "&period=old-model"));
		kinds.put("PROVINCE",
				time(provinces, id -> "/api/measures?scope=PROVINCE&unitId=" + id + "&period=two-level-model"));
		List<String> periods = List.of("party-2020-2025", "two-level-model", "old-model");
		kinds.put("COUNTRY", time(periods, period -> "/api/measures?scope=COUNTRY&period=" + period));
		AtomicInteger failed = new AtomicInteger();
		BenchHttp.Latencies together = together(CLIENTS, periods,
				period -> "/api/measures?scope=COUNTRY&period=" + period, failed);
		kinds.put("COUNTRY, %d clients at once (%d not answered 200)".formatted(CLIENTS, failed.get()), together);
		List<String> restated = this.facts.restatements()
			.stream()
			.limit(this.samples)
			.map(correction -> correction.unitId() + "&knownAt=" + correction.recordedAt().minusSeconds(86_400))
			.toList();
		kinds.put("restatement (knownAt before a correction)",
				time(restated, query -> "/api/measures?scope=UNIT&period=old-model&unitId=" + query));
		return kinds;
	}

	/**
	 * The same questions from {@code clients} at once, as several leaders opening the
	 * national view: what a wide question costs the service's heap shows here first.
	 */
	private BenchHttp.Latencies together(int clients, List<String> targets,
			java.util.function.Function<String, String> path, AtomicInteger failed) throws Exception {
		BenchHttp.Latencies latencies = new BenchHttp.Latencies();
		long deadline = System.nanoTime() + 30_000_000_000L;
		ExecutorService threads = Executors.newFixedThreadPool(clients);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int client = 0; client < clients; client++) {
				int first = client;
				running.add(threads.submit(() -> {
					for (int i = first; i < this.samples && System.nanoTime() < deadline; i += clients) {
						String url = this.reporting + path.apply(targets.get(i % targets.size()));
						long start = System.nanoTime();
						int status = this.http.get(url).statusCode();
						if (status != 200) {
							failed.incrementAndGet();
							System.out.println("query " + url + " answered " + status);
							continue;
						}
						latencies.add(start);
					}
					return null;
				}));
			}
			for (Future<?> client : running) {
				client.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
		return latencies;
	}

	private BenchHttp.Latencies time(List<String> targets, java.util.function.Function<String, String> path)
			throws Exception {
		BenchHttp.Latencies latencies = new BenchHttp.Latencies();
		long deadline = System.nanoTime() + 30_000_000_000L;
		for (int i = 0; i < this.samples && System.nanoTime() < deadline && !targets.isEmpty(); i++) {
			String url = this.reporting + path.apply(targets.get(i % targets.size()));
			long start = System.nanoTime();
			int status = this.http.get(url).statusCode();
			if (status != 200) {
				System.out.println("query " + url + " answered " + status);
				continue;
			}
			latencies.add(start);
		}
		return latencies;
	}

}
