package vn.cadre.reporting.messaging.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The counters of one rebuild or check, and its status from them. */
final class RebuildProgress {

	final String id;

	final boolean checkOnly;

	final Instant startedAt;

	long total;

	long done;

	final AtomicLong skipped = new AtomicLong();

	RebuildProgress(String id, boolean checkOnly, long total, Instant startedAt) {
		this.id = id;
		this.checkOnly = checkOnly;
		this.total = total;
		this.startedAt = startedAt;
	}

	RebuildStatus status(RebuildStatus.State state, List<ReadModelComparison.Difference> differences, String error) {
		double seconds = Math.max(0.001, Duration.between(this.startedAt, Instant.now()).toMillis() / 1000.0);
		return new RebuildStatus(this.id, this.checkOnly, state, this.done, this.total, this.startedAt,
				(state == RebuildStatus.State.RUNNING) ? null : Instant.now(), this.done / seconds, this.skipped.get(),
				new ArrayList<>(differences), error);
	}

}
