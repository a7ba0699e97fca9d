package vn.cadre.localstack;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import vn.cadre.localstack.history.HistoryFacts;

/**
 * Commands over HTTP: cycles of register a person, assign them a Council board deputy
 * post (several holders allowed), end it; and unit registrations at a steady rate, each
 * timed until the read side shows the unit.
 */
final class CommandProbe {

	private static final int CLIENTS = 4;

	private static final AtomicInteger NEXT = new AtomicInteger();

	private final BenchHttp http;

	private final String assignments;

	private final String reporting;

	private final HistoryFacts facts;

	/** Figures of one command run. */
	record Run(int commands, int refused, double seconds, Double p50, Double p99) {

		double perSecond() {
			return this.commands / this.seconds;
		}

	}

	/** Figures of the steady-rate run. */
	record Lag(double offeredPerSecond, int sent, int seen, Double acceptP99, Double visibleP50, Double visibleP99) {

	}

	CommandProbe(BenchHttp http, String assignments, String reporting, HistoryFacts facts) {
		this.http = http;
		this.assignments = assignments;
		this.reporting = reporting;
		this.facts = facts;
	}

	/** Registers {@code count} fresh communes with no history: the baseline's units. */
	List<String> freshUnits(int count) throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String id = register().get("unitId");
			if (id != null) {
				ids.add(id);
			}
		}
		return ids;
	}

	Run throughput(int commands, List<String> units) throws Exception {
		BenchHttp.Latencies latencies = new BenchHttp.Latencies();
		AtomicInteger refused = new AtomicInteger();
		int cycles = Math.max(1, commands / 3);
		ExecutorService pool = ReadSideBenchmark.pool(CLIENTS);
		CountDownLatch done = new CountDownLatch(cycles);
		long start = System.nanoTime();
		for (int i = 0; i < cycles; i++) {
			String unitId = units.get(i % units.size());
			pool.execute(() -> {
				try {
					cycle(unitId, latencies, refused);
				}
				finally {
					done.countDown();
				}
			});
		}
		done.await();
		double seconds = ReadSideBenchmark.seconds(start);
		pool.shutdownNow();
		return new Run(latencies.count(), refused.get(), seconds, latencies.percentile(50), latencies.percentile(99));
	}

	private void cycle(String unitId, BenchHttp.Latencies latencies, AtomicInteger refused) {
		int n = NEXT.incrementAndGet();
		String person = "bench-" + n;
		String basis = this.facts.commandBasis();
		try {
			timed(latencies, refused, "/api/people", "{\"personId\":\"" + person + "\",\"name\":\"Cán bộ thử " + n
					+ "\",\"birthYear\":1980,\"origin\":{\"hometownCode\":\"10000\",\"hometownOn\":\"2015-01-01\"}}");
			String mandateId = "bench-m-" + n;
			timed(latencies, refused, "/api/units/" + unitId + "/mandates",
					"{\"mandateId\":\"" + mandateId + "\",\"postCode\":\"COUNCIL_BOARD_DEPUTY_HEAD\",\"personId\":\""
							+ person + "\",\"from\":\"2026-08-01\",\"legalBasis\":\"" + basis + "\"}");
			timed(latencies, refused, "/api/units/" + unitId + "/mandates/" + mandateId + "/end",
					"{\"lastDay\":\"2026-12-31\",\"cause\":\"TRANSFERRED\",\"legalBasis\":\"" + basis + "\"}");
		}
		catch (Exception ex) {
			refused.incrementAndGet();
		}
	}

	private void timed(BenchHttp.Latencies latencies, AtomicInteger refused, String path, String body)
			throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = this.http.post(this.assignments + path, body);
		if (response.statusCode() / 100 == 2) {
			latencies.add(start);
		}
		else {
			refused.incrementAndGet();
			if (refused.get() <= 3) {
				System.out.println("command " + path + " answered " + response.statusCode() + " " + response.body());
			}
		}
	}

	private Map<String, String> register() throws Exception {
		int n = NEXT.incrementAndGet();
		String code = String.valueOf(60_000 + n);
		HttpResponse<String> response = this.http.post(this.assignments + "/api/units",
				"{\"unitId\":\"xa-thu-" + code + "\",\"code\":\"" + code + "\",\"name\":\"Thử " + code
						+ "\",\"type\":\"COMMUNE\",\"parentId\":\"" + this.facts.provinceIds().get(0)
						+ "\",\"establishedOn\":\"2026-07-01\",\"legalBasis\":\"" + this.facts.commandBasis() + "\"}");
		return (response.statusCode() == 201) ? Map.of("unitId", "xa-thu-" + code) : Map.of();
	}

	/**
	 * Registers units at {@code rate} a second for {@code seconds}; each is timed from
	 * its 201 until {@code GET /api/units/{id}} on the read side finds it.
	 */
	Lag lagAtSteadyRate(int rate, int seconds) throws Exception {
		BenchHttp.Latencies accept = new BenchHttp.Latencies();
		BenchHttp.Latencies visible = new BenchHttp.Latencies();
		Map<String, Long> pending = new ConcurrentHashMap<>();
		java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newScheduledThreadPool(2);
		AtomicInteger sent = new AtomicInteger();
		long period = 1_000_000 / rate;
		timer.scheduleAtFixedRate(() -> {
			int n = NEXT.incrementAndGet();
			String code = String.valueOf(60_000 + n);
			long start = System.nanoTime();
			sent.incrementAndGet();
			this.http
				.postAsync(this.assignments + "/api/units",
						"{\"unitId\":\"xa-lag-" + code + "\",\"code\":\"" + code + "\",\"name\":\"Trễ " + code
								+ "\",\"type\":\"COMMUNE\",\"parentId\":\"" + this.facts.provinceIds().get(0)
								+ "\",\"establishedOn\":\"2026-07-01\",\"legalBasis\":\"" + this.facts.commandBasis()
								+ "\"}")
				.thenAccept(response -> {
					if (response.statusCode() == 201) {
						accept.add(start);
						pending.put("xa-lag-" + code, System.nanoTime());
					}
				});
		}, 0, period, TimeUnit.MICROSECONDS);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		long drainUntil = end + 120_000_000_000L;
		while (System.nanoTime() < drainUntil && (System.nanoTime() < end || !pending.isEmpty())) {
			if (System.nanoTime() >= end) {
				timer.shutdownNow();
			}
			for (Map.Entry<String, Long> entry : List.copyOf(pending.entrySet())) {
				if (this.http.get(this.reporting + "/api/units/" + entry.getKey()).statusCode() == 200) {
					visible.addMillis((System.nanoTime() - entry.getValue()) / 1e6);
					pending.remove(entry.getKey());
				}
			}
			Thread.sleep(10);
		}
		timer.shutdownNow();
		timer.awaitTermination(5, TimeUnit.SECONDS);
		return new Lag(rate, sent.get(), visible.count(), accept.percentile(99), visible.percentile(50),
				visible.percentile(99));
	}

}
