package vn.cadre.reporting.messaging.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cadre.reporting.projection.Generations;

/**
 * One rebuild's claim on the next generation ({@link Generations#claimNext}), renewed in
 * the background six times per lease until it is released. The rebuild asks it before it
 * writes ({@link #ensureHeld}) and before it drops or abandons anything
 * ({@link #stillHeld}).
 */
final class GenerationClaim {

	private static final Logger log = LoggerFactory.getLogger(GenerationClaim.class);

	private static final ScheduledExecutorService RENEWALS = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "read-model-rebuild-claim");
		thread.setDaemon(true);
		return thread;
	});

	private final String id;

	private final Generations generations;

	private final Duration lease;

	private final AtomicBoolean lost = new AtomicBoolean();

	/** When a renewal last got through (nano time). */
	private final AtomicLong renewedAt = new AtomicLong(System.nanoTime());

	private final ScheduledFuture<?> renewals;

	private GenerationClaim(String id, Generations generations, Duration lease) {
		this.id = id;
		this.generations = generations;
		this.lease = lease;
		long every = Math.max(1, lease.toMillis() / 6);
		this.renewals = RENEWALS.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
	}

	/**
	 * Claims the next generation for rebuild {@code id}; refused with the holder's id if
	 * another rebuild holds it.
	 */
	static GenerationClaim take(String id, Generations generations, Duration lease) {
		String holder = generations.claimNext(id, Instant.now(), lease);
		if (!holder.equals(id)) {
			throw new AlreadyRunning(holder);
		}
		return new GenerationClaim(id, generations, lease);
	}

	/**
	 * Stops a rebuild before it writes again if another took its claim over, or may have:
	 * when the last renewal that got through is half a lease old, the claim is renewed
	 * here first.
	 */
	void ensureHeld() {
		if (this.lost.get()) {
			throw new Lost();
		}
		if (stale()) {
			renew();
			if (this.lost.get() || stale()) {
				throw new Lost();
			}
		}
	}

	/** Whether the claim is still this rebuild's, asked of the database now. */
	boolean stillHeld() {
		if (this.lost.get()) {
			return false;
		}
		try {
			return this.generations.renewNext(this.id, Instant.now());
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** Stops renewing and gives the claim up; again, it does nothing. */
	void release() {
		this.renewals.cancel(false);
		try {
			this.generations.releaseNext(this.id);
		}
		catch (RuntimeException ex) {
			// it lapses after its lease
			log.warn("Read-model rebuild {}: could not give up its claim on the next generation ({})", this.id,
					ex.toString());
		}
	}

	private boolean stale() {
		return System.nanoTime() - this.renewedAt.get() > this.lease.toNanos() / 2;
	}

	private void renew() {
		try {
			if (this.generations.renewNext(this.id, Instant.now())) {
				this.renewedAt.set(System.nanoTime());
			}
			else {
				this.lost.set(true);
			}
		}
		catch (RuntimeException ex) {
			// the next renewal may get through before the lease runs out
			log.warn("Read-model rebuild {}: could not renew its claim on the next generation ({})", this.id,
					ex.toString());
		}
	}

	/** The claim passed to another rebuild while this one ran. */
	static final class Lost extends IllegalStateException {

		Lost() {
			super("Another rebuild took over the next generation after this one's claim lapsed");
		}

	}

}
