package vn.cadre.localstack;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Watches the stack's child processes and restarts one that stopped by itself, within a
 * {@link RestartPolicy}; gives up, by throwing, only when a child keeps failing. A
 * requested stop is not a crash: once {@code stopping} answers true the watch ends
 * quietly.
 */
final class Supervisor {

	/** Starts a child again and returns once it is ready. */
	interface Restart {

		void run() throws IOException, InterruptedException;

	}

	private record Watched(String name, Supplier<ChildProcess> current, Restart restart, Deque<Long> restarts) {

	}

	private static final long POLL_MILLIS = 200;

	private final RestartPolicy policy;

	private final BooleanSupplier stopping;

	private final Consumer<String> log;

	private final List<Watched> watched = new ArrayList<>();

	Supervisor(RestartPolicy policy, BooleanSupplier stopping, Consumer<String> log) {
		this.policy = policy;
		this.stopping = stopping;
		this.log = log;
	}

	void watch(String name, Supplier<ChildProcess> current, Restart restart) {
		this.watched.add(new Watched(name, current, restart, new ArrayDeque<>()));
	}

	/**
	 * Runs until {@code stopping} answers true.
	 * @throws StackException when a child stopped more often than the policy allows
	 */
	void run() throws InterruptedException {
		while (!this.stopping.getAsBoolean()) {
			for (Watched child : this.watched) {
				ChildProcess process = child.current().get();
				if (process != null && !process.isAlive() && !restart(child, process)) {
					return;
				}
			}
			Thread.sleep(POLL_MILLIS);
		}
	}

	/** Restarts one dead child; false when the stack is stopping instead. */
	private boolean restart(Watched child, ChildProcess dead) throws InterruptedException {
		if (!pause(this.policy.settle())) {
			return false;
		}
		while (true) {
			int recent = forgetOldRestarts(child.restarts());
			if (recent >= this.policy.maxRestarts()) {
				throw new StackException(child.name() + " stopped " + (recent + 1) + " times within "
						+ minutes(this.policy.window()) + "; stopping everything. See " + dead.log());
			}
			Duration pause = this.policy.pauseAfter(recent);
			this.log.accept(child.name() + " đã dừng bất thường / stopped unexpectedly (exit " + dead.exitCode()
					+ "); restarting in " + pause.toMillis() + " ms, restart " + (recent + 1) + " of at most "
					+ this.policy.maxRestarts() + " within " + minutes(this.policy.window()) + ". See " + dead.log());
			if (!pause(pause)) {
				return false;
			}
			child.restarts().addLast(System.nanoTime());
			try {
				child.restart().run();
				return true;
			}
			catch (IOException | StackException ex) {
				if (this.stopping.getAsBoolean()) {
					return false;
				}
				this.log.accept(child.name() + " did not come back: " + ex.getMessage());
			}
		}
	}

	private int forgetOldRestarts(Deque<Long> restarts) {
		long horizon = System.nanoTime() - this.policy.window().toNanos();
		while (!restarts.isEmpty() && restarts.peekFirst() - horizon < 0) {
			restarts.removeFirst();
		}
		return restarts.size();
	}

	/** Waits, and answers false as soon as the stack is stopping. */
	private boolean pause(Duration pause) throws InterruptedException {
		long end = System.nanoTime() + pause.toNanos();
		while (!this.stopping.getAsBoolean()) {
			long left = end - System.nanoTime();
			if (left <= 0) {
				return true;
			}
			Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, left / 1_000_000)));
		}
		return false;
	}

	private static String minutes(Duration window) {
		return (window.toSeconds() % 60 == 0) ? window.toMinutes() + " min" : window.toSeconds() + " s";
	}

}
