package vn.cadre.localstack;

import java.time.Duration;

/**
 * How often the stack restarts a child that stopped by itself: at most
 * {@code maxRestarts} within {@code window}, each after a pause that doubles from
 * {@code firstPause} up to {@code maxPause}.
 *
 * @param settle how long a dead child is left alone before it counts as crashed: on
 * Ctrl-C the terminal interrupts the children too, and the launcher's own shutdown may
 * start a moment after theirs
 */
record RestartPolicy(int maxRestarts, Duration window, Duration firstPause, Duration maxPause, Duration settle) {

	static RestartPolicy standard() {
		return new RestartPolicy(5, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(30),
				Duration.ofSeconds(2));
	}

	/** The pause before a restart, given how many happened within the window already. */
	Duration pauseAfter(int recentRestarts) {
		Duration pause = this.firstPause.multipliedBy(1L << Math.min(recentRestarts, 16));
		return (pause.compareTo(this.maxPause) > 0) ? this.maxPause : pause;
	}

}
