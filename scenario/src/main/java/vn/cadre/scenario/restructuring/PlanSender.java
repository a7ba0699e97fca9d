package vn.cadre.scenario.restructuring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a {@link RestructuringPlan} in the order it must go, for the CLI and the console
 * alike: registrations level by level (the units of one level in parallel, none depending
 * on another), then one resolution per new province, then the districts' ends. A refused
 * command is listed and the rest still go (a resolution is all or nothing on the command
 * side); a failure of the transport itself (a service down, a role missing) stops the
 * sending and is thrown as it came.
 */
public final class PlanSender {

	private final Transport transport;

	private final int parallel;

	private final List<String> refusals = new CopyOnWriteArrayList<>();

	private final AtomicInteger sent = new AtomicInteger();

	private final AtomicInteger replayed = new AtomicInteger();

	/**
	 * How one command goes to the command side. Every command carries the plan's own id,
	 * so a command already recorded is answered as replayed and stores nothing twice.
	 */
	@FunctionalInterface
	public interface Transport {

		Answer send(RestructuringPlan.Command command) throws IOException;

	}

	/**
	 * The command side's answer: accepted (perhaps replayed), or refused with the reason
	 * to list.
	 */
	public record Answer(boolean accepted, boolean replayed, String refusal) {

		public static Answer accepted(boolean replayed) {
			return new Answer(true, replayed, null);
		}

		public static Answer refused(String refusal) {
			return new Answer(false, false, refusal);
		}

	}

	/** Told the steps done of the total after each. */
	@FunctionalInterface
	public interface Progress {

		void done(int done, int total);

	}

	/** What the sending did, for the sentence at its end. */
	public record Outcome(int registered, int resolutions, int newCommands, int alreadyRecorded,
			List<String> refusals) {

	}

	public PlanSender(Transport transport, int parallel) {
		this.transport = transport;
		this.parallel = Math.max(1, parallel);
	}

	/**
	 * Sends the plan once; a step is a registration or a row of the table a resolution
	 * records.
	 */
	public Outcome send(RestructuringPlan plan, Progress progress) throws IOException {
		int total = plan.registrationCount()
				+ plan.resolutions().stream().mapToInt(RestructuringPlan.Resolution::rows).sum();
		int done = 0;
		int registered = 0;
		ExecutorService pool = Executors.newFixedThreadPool(this.parallel);
		try {
			for (List<RestructuringPlan.Command> level : plan.registrations()) {
				List<Future<Boolean>> answers = new ArrayList<>();
				for (RestructuringPlan.Command registration : level) {
					answers.add(pool.submit(() -> sent(registration)));
				}
				for (Future<Boolean> answer : answers) {
					registered += accepted(answer) ? 1 : 0;
					progress.done(++done, total);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		int resolutions = 0;
		for (RestructuringPlan.Resolution resolution : plan.resolutions()) {
			resolutions += sent(resolution.command()) ? 1 : 0;
			done += resolution.rows();
			progress.done(done, total);
		}
		for (RestructuringPlan.Command dissolution : plan.dissolutions()) {
			sent(dissolution);
		}
		return new Outcome(registered, resolutions, this.sent.get() - this.replayed.get(), this.replayed.get(),
				List.copyOf(this.refusals));
	}

	private boolean sent(RestructuringPlan.Command command) throws IOException {
		Answer answer = this.transport.send(command);
		this.sent.incrementAndGet();
		if (answer.replayed()) {
			this.replayed.incrementAndGet();
		}
		if (!answer.accepted()) {
			this.refusals.add(command.what() + ": " + answer.refusal());
		}
		return answer.accepted();
	}

	private static boolean accepted(Future<Boolean> answer) throws IOException {
		try {
			return answer.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

}
