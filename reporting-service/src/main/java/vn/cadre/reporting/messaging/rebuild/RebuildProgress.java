package vn.cadre.reporting.messaging.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The counters of one rebuild or check, and its status from them. */
final class RebuildProgress {

	private static final Logger log = LoggerFactory.getLogger(RebuildProgress.class);

	final String id;

	final boolean checkOnly;

	final Instant startedAt;

	long total;

	long done;

	final AtomicLong skipped = new AtomicLong();

	private Instant reported = Instant.now();

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

	/** Gives the running status, and logs it, at most once a second. */
	void everySecond(Consumer<RebuildStatus> running) {
		if (Duration.between(this.reported, Instant.now()).toSeconds() < 1) {
			return;
		}
		this.reported = Instant.now();
		RebuildStatus now = status(RebuildStatus.State.RUNNING, List.of(), null);
		running.accept(now);
		log.info("Read-model {} {}: {}/{} events, {}/s, about {}s left", this.checkOnly ? "check" : "rebuild", this.id,
				now.done(), now.total(), Math.round(now.perSecond()), now.secondsLeft());
	}

}
