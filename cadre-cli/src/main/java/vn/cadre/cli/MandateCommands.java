package vn.cadre.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cadre mandates ...} */
@Command(name = "mandates", description = "Assign people to posts in a unit, and end those mandates.")
final class MandateCommands {

	@ParentCommand
	Cadre cadre;

	@Command(name = "assign", description = "Assign a person to a post (AssignPosition).")
	int assign(@Option(names = "--unit", required = true) String unitId,
			@Option(names = "--post", required = true, description = "post code, e.g. PARTY_SECRETARY") String post,
			@Option(names = "--person", required = true) String personId,
			@Option(names = "--from", required = true) String from, @Option(names = "--until") String until,
			@Option(names = "--id", description = "choose the mandate id") String mandateId,
			@Option(names = "--locality", description = "override: LOCAL or NON_LOCAL") String locality,
			@Option(names = "--locality-reason", description = "why the override") String localityReason,
			@Option(names = "--basis", required = true) String basis) {
		Object override = (locality != null) ? Bodies.of("locality", locality.toUpperCase(), "reason", localityReason)
				: null;
		return this.cadre.api()
			.post("/api/units/" + unitId + "/mandates", Bodies.of("mandateId", mandateId, "postCode", post, "personId",
					personId, "from", from, "until", until, "localityOverride", override, "legalBasis", basis));
	}

	@Command(name = "end", description = "End a mandate on its last day.")
	int end(@Option(names = "--unit", required = true) String unitId,
			@Option(names = "--mandate", required = true) String mandateId,
			@Option(names = "--last-day", required = true) String lastDay,
			@Option(names = "--cause", required = true,
					description = "TERM_ENDED, TRANSFERRED, RESIGNED, DISMISSED, RETIRED, DIED, UNIT_MERGED, UNIT_SPLIT, "
							+ "UNIT_DISSOLVED, OTHER") String cause,
			@Option(names = "--basis", required = true) String basis) {
		return this.cadre.api()
			.post("/api/units/" + unitId + "/mandates/" + mandateId + "/end",
					Bodies.of("lastDay", lastDay, "cause", cause.toUpperCase(), "legalBasis", basis));
	}

}
