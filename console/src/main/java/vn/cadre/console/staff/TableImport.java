package vn.cadre.console.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import vn.cadre.console.api.CommandSide;
import vn.cadre.scenario.restructuring.RestructuringPlan;

/**
 * Sends what an official restructuring table amounts to, in the order it must go:
 * registrations level by level, one resolution per new province, then the districts'
 * dissolutions. Every command carries the plan's own id, so uploading the same table
 * again stores nothing twice. A refused command is listed and the rest still go: a
 * resolution is all or nothing on the command side.
 */
final class TableImport {

	private final CommandSide commands;

	private final List<String> refusals = new ArrayList<>();

	private int sent;

	private int replayed;

	TableImport(CommandSide commands) {
		this.commands = commands;
	}

	/** Sends the plan, telling {@code progress} the rows done of the total after each. */
	Summary send(RestructuringPlan plan, BiConsumer<Integer, Integer> progress) {
		int total = plan.registrationCount()
				+ plan.resolutions().stream().mapToInt(RestructuringPlan.Resolution::rows).sum();
		int done = 0;
		int registered = 0;
		for (List<RestructuringPlan.Command> level : plan.registrations()) {
			for (RestructuringPlan.Command registration : level) {
				registered += send(registration) ? 1 : 0;
				progress.accept(++done, total);
			}
		}
		int resolutions = 0;
		for (RestructuringPlan.Resolution resolution : plan.resolutions()) {
			resolutions += send(resolution.command()) ? 1 : 0;
			done += resolution.rows();
			progress.accept(done, total);
		}
		plan.dissolutions().forEach(this::send);
		return new Summary(registered, resolutions, plan.formed(), plan.merges(), plan.splits(), plan.kept(),
				plan.renamed(), plan.dissolutions().size(), this.sent - this.replayed, this.replayed,
				List.copyOf(this.refusals));
	}

	private boolean send(RestructuringPlan.Command command) {
		this.sent++;
		try {
			CommandSide.Recorded recorded = this.commands.send(command.path(), command.body(), command.commandId());
			this.replayed += recorded.replayed() ? 1 : 0;
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
