package vn.cadre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cadre import-scenario FILE}: loads a scenario through the command API, one HTTP
 * command per step, each under the command id {@code scenario.<id>.<step>}, so loading
 * the same file again changes nothing (the service answers each step with its first
 * outcome). Stops at the first step refused and names it.
 */
@Command(name = "import-scenario",
		description = "Load a scenario file (docs/scenario.md) through the command API; loading it twice changes nothing.")
final class ScenarioCommand implements Callable<Integer> {

	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	@ParentCommand
	Cadre cadre;

	@Parameters(paramLabel = "FILE")
	Path file;

	/** A scenario: its id and its steps in order. */
	record Scenario(String id, String title, List<Step> steps) {

	}

	record Step(String command, Map<String, Object> body) {

	}

	@Override
	public Integer call() {
		Scenario scenario;
		try {
			scenario = read(this.file);
		}
		catch (IOException ex) {
			this.cadre.err()
				.println("Không đọc được kịch bản / Cannot read the scenario " + this.file + ": " + ex.getMessage());
			this.cadre.err().flush();
			return Api.REFUSED;
		}
		PrintWriter out = this.cadre.spec.commandLine().getOut();
		Api api = this.cadre.api();
		int replayed = 0;
		for (int i = 0; i < scenario.steps().size(); i++) {
			Step step = scenario.steps().get(i);
			Map<String, Object> body = new LinkedHashMap<>(step.body());
			String path;
			try {
				path = ScenarioSteps.path(step.command(), body);
			}
			catch (IllegalArgumentException ex) {
				return refused(i, step, ex.getMessage());
			}
			Api.Answer answer;
			try {
				answer = api.command(path, body, "scenario." + scenario.id() + "." + String.format("%04d", i + 1));
			}
			catch (IOException ex) {
				this.cadre.err().println("Cannot reach " + this.cadre.assignmentsUrl + " (" + ex.getMessage() + ")");
				this.cadre.err().flush();
				return Api.UNREACHABLE;
			}
			if (!answer.accepted()) {
				return refused(i, step, answer.status() + " " + answer.detail());
			}
			replayed += answer.replayed() ? 1 : 0;
			out.print("\r" + ProgressBar.line(i + 1, scenario.steps().size(), 0, null)
				.replace(", 0/s", "")
				.replace("events", "steps"));
			out.flush();
		}
		out.println();
		out.println("Kịch bản " + scenario.id() + ": " + scenario.steps().size() + " bước / steps, "
				+ (scenario.steps().size() - replayed) + " mới / new, " + replayed + " đã có / already recorded");
		out.flush();
		return 0;
	}

	private int refused(int index, Step step, String problem) {
		this.cadre.err()
			.println("\nBước " + (index + 1) + " (" + step.command() + ") bị từ chối / Step " + (index + 1)
					+ " was refused: " + problem);
		this.cadre.err().flush();
		return Api.REFUSED;
	}

	static Scenario read(Path file) throws IOException {
		return JSON.readValue(file.toFile(), new TypeReference<Scenario>() {
		});
	}

}
