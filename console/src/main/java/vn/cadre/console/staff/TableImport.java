package vn.cadre.console.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.cadre.console.api.CommandSide;
import vn.cadre.scenario.restructuring.PlanSender;
import vn.cadre.scenario.restructuring.RestructuringPlan;

/**
 * Sends what an official restructuring table amounts to through the scenario module's
 * {@link PlanSender}, the CLI's order and counting, with the signed-in person's token on
 * every command. A refusal that belongs on the form is listed and the rest still go; any
 * other (a role missing, a service down) would refuse every command alike and stops the
 * upload.
 */
final class TableImport {

	/** As the CLI's default: enough to keep the command side busy on two cores. */
	static final int PARALLEL = 4;

	private final CommandSide commands;

	TableImport(CommandSide commands) {
		this.commands = commands;
	}

	Summary send(RestructuringPlan plan, PlanSender.Progress progress) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		SecurityContext security = SecurityContextHolder.getContext();
		PlanSender.Outcome sent;
		try {
			sent = new PlanSender(command -> asThisPerson(request, security, () -> send(command)), PARALLEL).send(plan,
					progress);
		}
		catch (IOException ex) {
			// the transport below throws no IOException; a failure comes as it was thrown
			throw new UncheckedIOException(ex);
		}
		return new Summary(sent.registered(), sent.resolutions(), plan.formed(), plan.merges(), plan.splits(),
				plan.kept(), plan.renamed(), plan.dissolutions().size(), sent.newCommands(), sent.alreadyRecorded(),
				sent.refusals());
	}

	/**
	 * Runs the task with the request's attributes and security context, so the command
	 * goes with the person's token and its position joins their session, on whichever
	 * thread the sender uses; the thread's own are put back after.
	 */
	private static <T> T asThisPerson(RequestAttributes request, SecurityContext security, Supplier<T> task) {
		RequestAttributes ownRequest = RequestContextHolder.getRequestAttributes();
		SecurityContext ownSecurity = SecurityContextHolder.getContext();
		RequestContextHolder.setRequestAttributes(request);
		SecurityContextHolder.setContext(security);
		try {
			return task.get();
		}
		finally {
			SecurityContextHolder.setContext(ownSecurity);
			if (ownRequest != null) {
				RequestContextHolder.setRequestAttributes(ownRequest);
			}
			else {
				RequestContextHolder.resetRequestAttributes();
			}
		}
	}

	private PlanSender.Answer send(RestructuringPlan.Command command) {
		try {
			CommandSide.Recorded recorded = this.commands.send(command.path(), command.body(), command.commandId());
			return PlanSender.Answer.accepted(recorded.replayed());
		}
		catch (CommandSide.Refused refused) {
			if (!Refusals.belongOnTheForm(refused)) {
				throw refused;
			}
			return PlanSender.Answer.refused(refused.detail());
		}
	}

	/** What an upload did, for the sentence at its end. */
	record Summary(int registered, int resolutions, int formed, int merges, int splits, int kept, int renamed,
			int districtsEnded, int newCommands, int alreadyRecorded, List<String> refusals) {

	}

}
