package vn.cadre.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cadre.scenario.Scenario;
import vn.cadre.scenario.ScenarioLoader;

/**
 * {@code cadre import-scenario FILE}: loads a scenario through the command API, one HTTP
 * command per step, each under the command id {@code scenario.<id>.<step>}, so loading
 * the same file again changes nothing. Stops at the first step refused and names it.
 */
@Command(name = "import-scenario",
		description = "Load a scenario file (docs/scenario.md) through the command API; loading it twice changes nothing.")
final class ScenarioCommand implements Callable<Integer> {

	@ParentCommand
	Cadre cadre;

	@Parameters(paramLabel = "FILE")
	Path file;

	@Override
	public Integer call() {
		Scenario scenario;
		try (InputStream in = Files.newInputStream(this.file)) {
			scenario = Scenario.read(in);
		}
		catch (IOException | IllegalArgumentException ex) {
			this.cadre.err()
				.println("Không đọc được kịch bản / Cannot read the scenario " + this.file + ": " + ex.getMessage());
			this.cadre.err().flush();
			return Api.REFUSED;
		}
		PrintWriter out = this.cadre.spec.commandLine().getOut();
		Api api = this.cadre.api();
		int total = scenario.steps().size();
		ProgressBar.Printer progress = new ProgressBar.Printer(out, "steps");
		ScenarioLoader.Outcome outcome;
		try {
			outcome = ScenarioLoader.load(scenario, (path, body, commandId) -> {
				CommandAnswer answer = api.command(path, body, commandId);
				return new ScenarioLoader.Answer(answer.status(), answer.replayed(), answer.detail(),
						answer.position());
			}, done -> progress.show(done, total));
		}
		catch (IOException ex) {
			if (api.failure() == Api.NOT_SERVED) {
				return Api.NOT_SERVED;
			}
			this.cadre.err().println("Cannot reach " + this.cadre.assignmentsUrl + " (" + ex.getMessage() + ")");
			this.cadre.err().flush();
			return Api.UNREACHABLE;
		}
		out.println();
		if (!outcome.complete()) {
			this.cadre.err()
				.println("Bước " + outcome.refusedStep() + " (" + outcome.refusedCommand() + ") bị từ chối / Step "
						+ outcome.refusedStep() + " was refused: " + outcome.refusedStatus() + " " + outcome.problem());
			this.cadre.err().flush();
			return Api.REFUSED;
		}
		out.println("Kịch bản " + scenario.id() + ": " + outcome.steps() + " bước / steps, " + outcome.recorded()
				+ " mới / new, " + outcome.alreadyRecorded() + " đã có / already recorded");
		out.flush();
		return 0;
	}

}
