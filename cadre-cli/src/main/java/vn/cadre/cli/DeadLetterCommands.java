package vn.cadre.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cadre dead-letters ...} */
@Command(name = "dead-letters", description = "Events a read model could not apply (reporting-service).")
final class DeadLetterCommands {

	@ParentCommand
	Cadre cadre;

	@Command(name = "list", description = "List dead letters.")
	int list(@Option(names = "--projection") String projection) {
		return this.cadre.api()
			.get(this.cadre.reportingUrl,
					"/admin/dead-letters" + ((projection != null) ? "?projection=" + projection : ""));
	}

	@Command(name = "retry", description = "Apply a dead letter again, then those parked behind it.")
	int retry(@Parameters(paramLabel = "ID") String id) {
		return this.cadre.api().postTo(this.cadre.reportingUrl, "/admin/dead-letters/" + encode(id) + "/retry");
	}

	@Command(name = "discard", description = "Discard a dead letter.")
	int discard(@Parameters(paramLabel = "ID") String id) {
		return this.cadre.api().delete(this.cadre.reportingUrl, "/admin/dead-letters/" + encode(id));
	}

	private static String encode(String id) {
		return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

}
