package vn.cadre.cli;

import java.time.LocalDate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.mandate.Locality;

/** {@code cadre mandates ...} */
@Command(name = "mandates", description = "Assign people to posts in a unit; end, correct and rescind those mandates.")
final class MandateCommands {

	@ParentCommand
	Cadre cadre;

	@Command(name = "assign", description = "Assign a person to a post (AssignPosition).")
	int assign(@Option(names = "--unit", required = true) String unitId,
			@Option(names = "--post", required = true, description = "post code, e.g. PARTY_SECRETARY") String post,
			@Option(names = "--person", required = true) String personId,
			@Option(names = "--from", required = true) LocalDate from, @Option(names = "--until") LocalDate until,
			@Option(names = "--id", description = "choose the mandate id") String mandateId,
			@Option(names = "--locality", description = "override: ${COMPLETION-CANDIDATES}") Locality locality,
			@Option(names = "--locality-reason", description = "why the override") String localityReason,
			@Option(names = "--concurrent", negatable = true,
					description = "the decision says the person holds this post concurrently (kiêm nhiệm) with "
							+ "another post in the unit (--no-concurrent: it says not); checked") Boolean concurrent,
			@Option(names = "--basis", required = true) String basis,
			@Option(names = "--reason", description = Bodies.REASON) String reason) {
		return this.cadre.api()
			.post("/api/units/" + unitId + "/mandates",
					Bodies.of("mandateId", mandateId, "postCode", post, "personId", personId, "from", from, "until",
							until, "localityOverride", override(locality, localityReason), "concurrent", concurrent,
							"legalBasis", basis, "reason", reason));
	}

	private static Object override(Locality locality, String reason) {
		return (locality != null) ? Bodies.of("locality", locality, "reason", reason) : null;
	}

	@Command(name = "correct",
			description = "Correct a mandate retroactively: its whole period as it should be, and its post or holder "
					+ "when they were wrong. What was believed before stays in the history.")
	int correct(@Option(names = "--unit", required = true) String unitId,
			@Option(names = "--mandate", required = true) String mandateId,
			@Option(names = "--from", required = true) LocalDate from,
			@Option(names = "--until",
					description = "the last day; required once the mandate has ended") LocalDate until,
			@Option(names = "--post", description = "the right post, when it was wrong") String post,
			@Option(names = "--person", description = "the right holder, when they were wrong") String personId,
			@Option(names = "--locality", description = "override: ${COMPLETION-CANDIDATES}") Locality locality,
			@Option(names = "--locality-reason", description = "why the override") String localityReason,
			@Option(names = "--reason", required = true,
					description = "why the recorded facts were wrong; " + Bodies.REASON) String reason,
			@Option(names = "--basis", required = true) String basis) {
		return this.cadre.api()
			.post("/api/units/" + unitId + "/mandates/" + mandateId + "/correct",
					Bodies.of("postCode", post, "personId", personId, "from", from, "until", until, "localityOverride",
							override(locality, localityReason), "reason", reason, "legalBasis", basis));
	}

	@Command(name = "rescind", description = "Rescind a mandate entered in error; the record of it stays.")
	int rescind(@Option(names = "--unit", required = true) String unitId,
			@Option(names = "--mandate", required = true) String mandateId,
			@Option(names = "--reason", required = true,
					description = "why it was entered in error; " + Bodies.REASON) String reason,
			@Option(names = "--basis", required = true) String basis) {
		return this.cadre.api()
			.post("/api/units/" + unitId + "/mandates/" + mandateId + "/rescind",
					Bodies.of("reason", reason, "legalBasis", basis));
	}

	@Command(name = "end", description = "End a mandate on its last day.")
	int end(@Option(names = "--unit", required = true) String unitId,
			@Option(names = "--mandate", required = true) String mandateId,
			@Option(names = "--last-day", required = true) LocalDate lastDay,
			@Option(names = "--cause", required = true, description = "${COMPLETION-CANDIDATES}") EndCause cause,
			@Option(names = "--basis", required = true) String basis,
			@Option(names = "--reason", description = Bodies.REASON) String reason) {
		return this.cadre.api()
			.post("/api/units/" + unitId + "/mandates/" + mandateId + "/end",
					Bodies.of("lastDay", lastDay, "cause", cause, "legalBasis", basis, "reason", reason));
	}

}
