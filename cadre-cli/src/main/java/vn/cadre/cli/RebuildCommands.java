package vn.cadre.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cadre rebuild} and {@code cadre check}: start a rebuild or a consistency check
 * of the read models and follow it with a progress bar until it ends.
 */
@Command(name = "rebuild", description = "Rebuild every read model from the beginning of the event topic, "
		+ "beside the served one, then switch (reporting-service). Shows progress until done.")
final class RebuildCommands implements Callable<Integer> {

	@ParentCommand
	Cadre cadre;

	@Option(names = "--check",
			description = "Only compare a fresh rebuild with the served read models; " + "print every difference.")
	boolean check;

	@Option(names = "--poll", defaultValue = "PT0.5S", description = "How often to ask for progress.")
	Duration poll;

	@Override
	public Integer call() throws InterruptedException {
		Api api = this.cadre.api();
		String path = this.check ? "/admin/consistency-check" : "/admin/rebuild";
		Optional<JsonNode> started = api.exchange(this.cadre.reportingUrl, path, "POST");
		if (started.isEmpty()) {
			return (api.failure() != 0) ? api.failure() : Api.REFUSED;
		}
		String id = started.get().path("id").asText();
		PrintWriter out = this.cadre.spec.commandLine().getOut();
		while (true) {
			Optional<JsonNode> status = api.exchange(this.cadre.reportingUrl, "/admin/rebuild", "GET");
			if (status.isEmpty()) {
				return (api.failure() != 0) ? api.failure() : Api.UNREACHABLE;
			}
			JsonNode now = status.get();
			if (!id.equals(now.path("id").asText())) {
				out.println("Another rebuild took the place of " + id);
				return Api.REFUSED;
			}
			out.print("\r" + ProgressBar.line(now.path("done").asLong(), now.path("total").asLong(),
					now.path("perSecond").asDouble(),
					now.path("secondsLeft").isNumber() ? now.path("secondsLeft").asLong() : null));
			out.flush();
			String state = now.path("state").asText();
			if (!state.equals("RUNNING")) {
				out.println();
				return finished(now, out);
			}
			Thread.sleep(this.poll.toMillis());
		}
	}

	private int finished(JsonNode status, PrintWriter out) {
		if (status.path("state").asText().equals("FAILED")) {
			this.cadre.err().println("Thất bại / Failed: " + status.path("error").asText());
			this.cadre.err().flush();
			return Api.REFUSED;
		}
		if (!this.check) {
			out.println("Xong / Done: the rebuilt read models are served.");
			return 0;
		}
		JsonNode differences = status.path("differences");
		out.println(differences.size() + " khác biệt / differences");
		differences.forEach(difference -> out
			.println("  " + difference.path("collection").asText() + " " + difference.path("id").asText() + " "
					+ difference.path("kind").asText() + " " + difference.path("fields")));
		out.flush();
		return differences.isEmpty() ? 0 : 1;
	}

}
