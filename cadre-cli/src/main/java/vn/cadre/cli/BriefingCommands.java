package vn.cadre.cli;

import java.time.LocalDate;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cadre briefings ...} */
@Command(name = "briefings", description = "Briefing conferences (hội nghị quán triệt).")
final class BriefingCommands {

	@ParentCommand
	Cadre cadre;

	@Command(name = "record", description = "Record a briefing conference held by a unit.")
	int record(@Option(names = "--unit", required = true) String unitId,
			@Option(names = "--held-on", required = true) LocalDate heldOn,
			@Option(names = "--title", required = true) String title,
			@Option(names = "--document", required = true,
					description = "repeat for each document disseminated") List<String> documents,
			@Option(names = "--attendances", required = true) int attendances,
			@Option(names = "--reason", description = Bodies.REASON) String reason) {
		return this.cadre.api()
			.post("/api/units/" + unitId + "/briefings", Bodies.of("heldOn", heldOn, "title", title, "documents",
					documents, "attendances", attendances, "reason", reason));
	}

}
