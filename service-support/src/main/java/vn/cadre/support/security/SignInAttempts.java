package vn.cadre.support.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Failed sign-ins counted per user name and per client address, each in a window that
 * begins with its first failure. The counts live in this instance's memory: several
 * instances behind a load balancer each count on their own, so a client spread over n
 * instances gets up to n times the limit; a restart forgets them. Both are acceptable for
 * slowing down guessing, which is all this is for.
 */
final class SignInAttempts {

	/** Bounds memory when someone tries many names or addresses. */
	private static final long KEYS_AT_MOST = 100_000;

	private final CadreSecurityProperties.SignInLimit limit;

	private final Clock clock;

	private final Cache<String, Failures> byUser;

	private final Cache<String, Failures> byAddress;

	SignInAttempts(CadreSecurityProperties.SignInLimit limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
		this.byUser = counters(limit.window());
		this.byAddress = counters(limit.window());
	}

	private static Cache<String, Failures> counters(Duration window) {
		return Caffeine.newBuilder().maximumSize(KEYS_AT_MOST).expireAfterWrite(window).build();
	}

	private record Failures(int count, Instant since) {
	}

	/**
	 * How long sign-ins of this user from this address stay refused; empty if allowed.
	 */
	Optional<Duration> refusedFor(String user, String address) {
		Instant now = this.clock.instant();
		Duration wait = Duration.ZERO;
		wait = longer(wait, remaining(this.byUser.getIfPresent(user), this.limit.maxFailuresPerUser(), now));
		wait = longer(wait, remaining(this.byAddress.getIfPresent(address), this.limit.maxFailuresPerAddress(), now));
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	/** Counts a failure; whether it is the one that reached a limit. */
	boolean failed(String user, String address) {
		Instant now = this.clock.instant();
		int users = count(this.byUser, user, now);
		int addresses = count(this.byAddress, address, now);
		return users == this.limit.maxFailuresPerUser() || addresses == this.limit.maxFailuresPerAddress();
	}

	/**
	 * A right password forgets the user's failures (not the address's: one valid account
	 * must not clear the way for guessing others).
	 */
	void succeeded(String user) {
		this.byUser.invalidate(user);
	}

	private int count(Cache<String, Failures> counters, String key, Instant now) {
		return counters.asMap()
			.compute(key,
					(k, failures) -> (failures == null || ended(failures, now)) ? new Failures(1, now)
							: new Failures(failures.count() + 1, failures.since()))
			.count();
	}

	private Duration remaining(Failures failures, int max, Instant now) {
		if (failures == null || failures.count() < max || ended(failures, now)) {
			return Duration.ZERO;
		}
		return Duration.between(now, failures.since().plus(this.limit.window()));
	}

	private boolean ended(Failures failures, Instant now) {
		return !now.isBefore(failures.since().plus(this.limit.window()));
	}

	private static Duration longer(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

}
