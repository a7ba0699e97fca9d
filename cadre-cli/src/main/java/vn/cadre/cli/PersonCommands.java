package vn.cadre.cli;

import java.time.LocalDate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cadre people ...} */
@Command(name = "people", description = "People who hold posts, with their origin.")
final class PersonCommands {

	@ParentCommand
	Cadre cadre;

	@Command(name = "register", description = "Register a person with their hometown (and birthplace).")
	int register(@Option(names = "--id", required = true, description = "pseudonym or official id") String personId,
			@Option(names = "--name", required = true) String name,
			@Option(names = "--birth-year", required = true) int birthYear,
			@Option(names = "--hometown", required = true, description = "unit code") String hometown,
			@Option(names = "--hometown-on", required = true,
					description = "day the code is valid") LocalDate hometownOn,
			@Option(names = "--birthplace") String birthplace,
			@Option(names = "--birthplace-on") LocalDate birthplaceOn,
			@Option(names = "--reason", description = Bodies.REASON) String reason) {
		return this.cadre.api()
			.post("/api/people",
					Bodies.of("personId", personId, "name", name, "birthYear", birthYear, "origin",
							Bodies.of("hometownCode", hometown, "hometownOn", hometownOn, "birthplaceCode", birthplace,
									"birthplaceOn", birthplaceOn),
							"reason", reason));
	}

	@Command(name = "correct-origin", description = "Replace a person's recorded origin, saying why.")
	int correctOrigin(@Parameters(paramLabel = "PERSON_ID") String personId,
			@Option(names = "--hometown", required = true) String hometown,
			@Option(names = "--hometown-on", required = true) LocalDate hometownOn,
			@Option(names = "--birthplace") String birthplace,
			@Option(names = "--birthplace-on") LocalDate birthplaceOn,
			@Option(names = "--reason", required = true, description = Bodies.REASON) String reason) {
		return this.cadre.api()
			.post("/api/people/" + personId + "/origin",
					Bodies.of("origin", Bodies.of("hometownCode", hometown, "hometownOn", hometownOn, "birthplaceCode",
							birthplace, "birthplaceOn", birthplaceOn), "reason", reason));
	}

}
