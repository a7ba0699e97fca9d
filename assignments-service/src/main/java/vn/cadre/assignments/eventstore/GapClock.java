package vn.cadre.assignments.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Remembers when each position was first seen allocated, so that a missing position is
 * given up only after it has been allocated for longer than the grace period.
 * Observations are (highest allocated position, time); the first one that reaches a
 * position says since when it has been allocated. Losing this memory (a restart) only
 * restarts the grace period.
 */
final class GapClock {

	private static final int MAX_OBSERVATIONS = 10_000;

	private final Duration gracePeriod;

	private final Clock clock;

	private final ConcurrentSkipListMap<Long, Instant> allocatedSince = new ConcurrentSkipListMap<>();

	GapClock(Duration gracePeriod, Clock clock) {
		this.gracePeriod = gracePeriod;
		this.clock = clock;
	}

	void observeAllocated(long lastAllocated) {
		Map.Entry<Long, Instant> highest = this.allocatedSince.lastEntry();
		if (highest == null || highest.getKey() < lastAllocated) {
			if (this.allocatedSince.size() >= MAX_OBSERVATIONS) {
				this.allocatedSince.pollFirstEntry();
			}
			this.allocatedSince.putIfAbsent(lastAllocated, this.clock.instant());
		}
	}

	boolean expired(long position) {
		Map.Entry<Long, Instant> since = this.allocatedSince.ceilingEntry(position);
		if (since == null) {
			observeAllocated(position);
			return false;
		}
		return Duration.between(since.getValue(), this.clock.instant()).compareTo(this.gracePeriod) >= 0;
	}

}
