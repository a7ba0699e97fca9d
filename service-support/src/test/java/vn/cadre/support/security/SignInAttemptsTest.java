package vn.cadre.support.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins counted per user name and per address, in a window from the first
 * failure.
 */
class SignInAttemptsTest {

	private static final Duration WINDOW = Duration.ofMinutes(5);

	private final MovableClock clock = new MovableClock(Instant.parse("2025-07-01T08:00:00Z"));

	private final SignInAttempts attempts = new SignInAttempts(
			new CadreSecurityProperties.SignInLimit(true, 3, 5, WINDOW), this.clock);

	@Test
	void aUser_isRefused_onceTheFailuresReachTheLimit_untilTheWindowEnds() {
		assertThat(this.attempts.failed("staff", "10.0.0.1")).isFalse();
		assertThat(this.attempts.failed("staff", "10.0.0.2")).isFalse();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.attempts.refusedFor("staff", "10.0.0.3")).isEmpty();

		assertThat(this.attempts.failed("staff", "10.0.0.3")).as("the one that reaches the limit").isTrue();

		assertThat(this.attempts.refusedFor("staff", "10.0.0.9")).contains(Duration.ofMinutes(4));
		assertThat(this.attempts.refusedFor("viewer", "10.0.0.9")).as("another user").isEmpty();
		this.clock.advance(Duration.ofMinutes(4));
		assertThat(this.attempts.refusedFor("staff", "10.0.0.9")).as("the window has passed").isEmpty();
	}

	@Test
	void anAddress_isRefused_forEveryUser_onceItsFailuresReachTheLimit() {
		for (int i = 0; i < 4; i++) {
			assertThat(this.attempts.failed("guess-" + i, "10.0.0.1")).isFalse();
		}
		assertThat(this.attempts.failed("guess-4", "10.0.0.1")).isTrue();

		assertThat(this.attempts.refusedFor("admin", "10.0.0.1")).contains(WINDOW);
		assertThat(this.attempts.refusedFor("admin", "10.0.0.2")).isEmpty();
	}

	@Test
	void aRightPassword_forgetsTheUsersFailures_notTheAddresss() {
		this.attempts.failed("staff", "10.0.0.1");
		this.attempts.failed("staff", "10.0.0.1");
		this.attempts.succeeded("staff");
		this.attempts.failed("staff", "10.0.0.1");
		this.attempts.failed("staff", "10.0.0.1");

		assertThat(this.attempts.refusedFor("staff", "10.0.0.2")).isEmpty();
		this.attempts.failed("other", "10.0.0.1");
		assertThat(this.attempts.refusedFor("viewer", "10.0.0.1")).as("the address's fifth failure").isPresent();
	}

	@Test
	void failuresAfterTheWindow_startANewCount() {
		this.attempts.failed("staff", "10.0.0.1");
		this.attempts.failed("staff", "10.0.0.1");
		this.clock.advance(WINDOW);
		this.attempts.failed("staff", "10.0.0.1");

		assertThat(this.attempts.refusedFor("staff", "10.0.0.1")).isEmpty();
	}

	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
