package vn.cadre.reporting.messaging.rebuild;

import java.time.Instant;
import java.util.List;

/**
 * Where a rebuild or a consistency check is: events done of the total, rate, time left,
 * and for a check the differences it found.
 *
 * @param skipped events that could not be read or applied (the live side holds them as
 * dead letters)
 */
public record RebuildStatus(String id, boolean checkOnly, State state, long done, long total, Instant startedAt,
		Instant finishedAt, double perSecond, long skipped, List<ReadModelComparison.Difference> differences,
		String error) {

	public enum State {

		RUNNING, DONE, FAILED

	}

	static RebuildStatus started(String id, boolean checkOnly) {
		return new RebuildStatus(id, checkOnly, State.RUNNING, 0, 0, Instant.now(), null, 0, 0, List.of(), null);
	}

	public boolean running() {
		return this.state == State.RUNNING;
	}

	/** Estimated seconds to go at the rate so far; null before there is a rate. */
	public Long secondsLeft() {
		return (this.perSecond > 0 && this.state == State.RUNNING)
				? Math.round(Math.max(0, this.total - this.done) / this.perSecond) : null;
	}

}
