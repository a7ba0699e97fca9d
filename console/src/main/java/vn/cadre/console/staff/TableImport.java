package vn.cadre.console.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.cadre.console.api.CommandSide;
import vn.cadre.scenario.restructuring.RestructuringPlan;

/**
 * Sends what an official restructuring table amounts to, in the order it must go:
 * registrations level by level (the units of one level in parallel, as the CLI sends
 * them, since none depends on another), one resolution per new province, then the
 * districts' dissolutions. Every command carries the plan's own id, so uploading the same
 * table again stores nothing twice. A refused command is listed and the rest still go: a
 * resolution is all or nothing on the command side.
 */
final class TableImport {

	/** As the CLI's default: enough to keep the command side busy on two cores. */
	static final int PARALLEL = 4;

	private final CommandSide commands;

	private final List<String> refusals = new CopyOnWriteArrayList<>();

	private final AtomicInteger sent = new AtomicInteger();

	private final AtomicInteger replayed = new AtomicInteger();

	TableImport(CommandSide commands) {
		this.commands = commands;
	}

	/**
	 * Sends the plan, telling {@code progress} the steps done of the total after each.
	 */
	Summary send(RestructuringPlan plan, BiConsumer<Integer, Integer> progress) {
		int total = plan.registrationCount()
				+ plan.resolutions().stream().mapToInt(RestructuringPlan.Resolution::rows).sum();
		int done = 0;
		int registered = 0;
		ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
		try {
			for (List<RestructuringPlan.Command> level : plan.registrations()) {
				List<Future<Boolean>> answers = new ArrayList<>();
				for (RestructuringPlan.Command registration : level) {
					answers.add(pool.submit(asThisPerson(() -> send(registration))));
				}
				for (Future<Boolean> answer : answers) {
					registered += outcome(answer) ? 1 : 0;
					progress.accept(++done, total);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		int resolutions = 0;
		for (RestructuringPlan.Resolution resolution : plan.resolutions()) {
			resolutions += send(resolution.command()) ? 1 : 0;
			done += resolution.rows();
			progress.accept(done, total);
		}
		plan.dissolutions().forEach(this::send);
		return new Summary(registered, resolutions, plan.formed(), plan.merges(), plan.splits(), plan.kept(),
				plan.renamed(), plan.dissolutions().size(), this.sent.get() - this.replayed.get(), this.replayed.get(),
				List.copyOf(this.refusals));
	}

	/**
	 * The task run with the request's attributes and security context, so the command
	 * goes with the person's token and its position joins their session.
	 */
	private static Callable<Boolean> asThisPerson(Supplier<Boolean> task) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		SecurityContext security = SecurityContextHolder.getContext();
		return () -> {
			RequestContextHolder.setRequestAttributes(request);
			SecurityContextHolder.setContext(security);
			try {
				return task.get();
			}
			finally {
				SecurityContextHolder.clearContext();
				RequestContextHolder.resetRequestAttributes();
			}
		};
	}

	private static boolean outcome(Future<Boolean> answer) {
		try {
			return answer.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException stop) {
				throw stop;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private boolean send(RestructuringPlan.Command command) {
		this.sent.incrementAndGet();
		try {
			CommandSide.Recorded recorded = this.commands.send(command.path(), command.body(), command.commandId());
			if (recorded.replayed()) {
				this.replayed.incrementAndGet();
			}
			return true;
		}
		catch (CommandSide.Refused refused) {
			if (!Refusals.belongOnTheForm(refused)) {
				// a role missing or a service down: every other command would fail alike
				throw refused;
			}
			this.refusals.add(command.what() + ": " + refused.detail());
			return false;
		}
	}

	/** What an upload did, for the sentence at its end. */
	record Summary(int registered, int resolutions, int formed, int merges, int splits, int kept, int renamed,
			int districtsEnded, int newCommands, int alreadyRecorded, List<String> refusals) {

	}

}
