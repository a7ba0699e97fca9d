package vn.cadre.localstack;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registers communes through assignments-service at a steady pace, one after another,
 * each under its own unit id and {@code X-Command-Id}, and asks again until the service
 * says whether it stored it: 201 (a retry gets the first answer again) or 409. Keeps what
 * was accepted, with its position, and counts every other answer.
 */
final class SteadyLoad implements AutoCloseable {

	/** Unit codes stay unique across every load of a run. */
	private static final AtomicInteger CODES = new AtomicInteger(10_000);

	private static final Duration PER_COMMAND = Duration.ofMinutes(3);

	/**
	 * One accepted command: its unit, the position it answered with (-1 when a 409 named
	 * none), when it was first sent and when it was accepted ({@link System#nanoTime()}).
	 */
	record Accepted(String unitId, long position, long sentAt, long acceptedAt) {

	}

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final List<Accepted> accepted = new CopyOnWriteArrayList<>();

	/** Answers other than acceptance, by status; -1 is no answer within the timeout. */
	private final Map<Integer, AtomicInteger> otherAnswers = new ConcurrentSkipListMap<>();

	private final String url;

	private final String prefix;

	private final Duration pause;

	private final Thread thread;

	private volatile boolean stopping;

	private volatile Throwable failure;

	private SteadyLoad(String assignmentsUrl, String prefix, Duration pause) {
		this.url = assignmentsUrl + "/api/units";
		this.prefix = prefix;
		this.pause = pause;
		this.thread = new Thread(this::run, "steady-load-" + prefix);
	}

	static SteadyLoad start(String assignmentsUrl, String prefix, Duration pause) {
		SteadyLoad load = new SteadyLoad(assignmentsUrl, prefix, pause);
		load.thread.start();
		return load;
	}

	private void run() {
		try {
			for (int i = 0; !this.stopping; i++) {
				send(this.prefix + "-%05d".formatted(i), CODES.incrementAndGet());
				Sleep.briefly(this.pause.toMillis());
			}
		}
		catch (Throwable ex) {
			this.failure = ex;
		}
	}

	private void send(String unitId, int code) throws InterruptedException {
		String body = "{\"unitId\":\"%s\",\"code\":\"%05d\",\"name\":\"Xã Cụm %d\",\"type\":\"COMMUNE\","
			.formatted(unitId, code, code) + "\"establishedOn\":\"2025-07-01\",\"legalBasis\":\"1670/NQ-UBTVQH15\"}";
		long sentAt = System.nanoTime();
		long deadline = sentAt + PER_COMMAND.toNanos();
		while (true) {
			HttpResponse<Void> response = post(unitId, body);
			int status = (response != null) ? response.statusCode() : -1;
			if (status == 201 || status == 409) {
				long position = response.headers().firstValueAsLong("Cadre-Position").orElse(-1);
				this.accepted.add(new Accepted(unitId, position, sentAt, System.nanoTime()));
				return;
			}
			this.otherAnswers.computeIfAbsent(status, key -> new AtomicInteger()).incrementAndGet();
			if (System.nanoTime() > deadline) {
				throw new AssertionError(unitId + " never accepted, last status " + status);
			}
			Thread.sleep(250);
		}
	}

	private HttpResponse<Void> post(String unitId, String body) throws InterruptedException {
		try {
			return this.http.send(TestStacks.request(this.url)
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json")
				.header("X-Command-Id", "register-" + unitId)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding());
		}
		catch (IOException ex) {
			return null;
		}
	}

	List<Accepted> accepted() {
		return List.copyOf(this.accepted);
	}

	Map<Integer, Integer> otherAnswers() {
		Map<Integer, Integer> copy = new ConcurrentSkipListMap<>();
		this.otherAnswers.forEach((status, count) -> copy.put(status, count.get()));
		return copy;
	}

	/** Waits for the {@code count}th accepted command. */
	Accepted awaitAccepted(int count) throws InterruptedException {
		return awaitWhere(count + " accepted commands",
				() -> (this.accepted.size() >= count) ? this.accepted.get(count - 1) : null);
	}

	/** Waits for the first command sent after {@code nanoTime} to be accepted. */
	Accepted awaitSentAfter(long nanoTime) throws InterruptedException {
		return awaitWhere("a command sent after the mark",
				() -> this.accepted.stream().filter(one -> one.sentAt() > nanoTime).findFirst().orElse(null));
	}

	private Accepted awaitWhere(String what, java.util.function.Supplier<Accepted> found) throws InterruptedException {
		long deadline = System.nanoTime() + PER_COMMAND.toNanos();
		Accepted one;
		while ((one = found.get()) == null) {
			if (this.failure != null || !this.thread.isAlive()) {
				throw new AssertionError("the load stopped before " + what, this.failure);
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("waited in vain for " + what);
			}
			Thread.sleep(50);
		}
		return one;
	}

	/** Stops after the command being sent is known to be stored. */
	@Override
	public void close() throws InterruptedException {
		this.stopping = true;
		this.thread.join(PER_COMMAND.toMillis() + 10_000);
		if (this.failure != null) {
			throw new AssertionError("the load failed", this.failure);
		}
	}

}
