package vn.cadre.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Every command of {@code ./cadre} that records an event, written with every option it
 * has, with the path it goes to and the fields the service's request record for that path
 * takes (nested fields as {@code origin.hometownCode}, list items as
 * {@code formations[].code}).
 */
final class SentCommands {

	static final String BASIS = "1670/NQ-UBTVQH15";

	private SentCommands() {
	}

	/**
	 * A command line without its {@code --reason}, where it goes and what it may send.
	 */
	record SentCommand(String path, List<String> args, Set<String> fields) {

		@Override
		public String toString() {
			return String.join(" ", this.args.subList(0, 2));
		}

	}

	static List<SentCommand> all(Path folder) throws IOException {
		Path resolution = folder.resolve("resolution.json");
		Files.writeString(resolution, """
				{"effectiveOn": "2025-07-01", "legalBasis": "1670/NQ-UBTVQH15",
				 "formations": [{"code": "03390", "name": "Bình Lư", "type": "COMMUNE",
				   "sources": [{"unitId": "tam-duong", "share": "WHOLE"}]}]}
				""");
		return List.of(
				command("/api/documents",
						List.of("documents", "register", "--number", BASIS, "--issued-on", "2025-06-16", "--issuer",
								"Ủy ban Thường vụ Quốc hội", "--kind", "resolution", "--title", "Nghị quyết"),
						"number", "issuedOn", "issuer", "kind", "title"),
				command("/api/units",
						List.of("units", "register", "--id", "binh-lu", "--code", "03390", "--name", "Xã Bình Lư",
								"--type", "COMMUNE", "--parent", "lai-chau", "--established-on", "2025-07-01",
								"--basis", BASIS),
						"unitId", "code", "name", "type", "parentId", "establishedOn", "legalBasis"),
				command("/api/units/binh-lu/rename",
						List.of("units", "rename", "binh-lu", "--name", "Bình Lư Mới", "--effective-on", "2026-03-01",
								"--basis", BASIS),
						"name", "effectiveOn", "legalBasis"),
				command("/api/units/binh-lu/retype",
						List.of("units", "retype", "binh-lu", "--type", "WARD", "--effective-on", "2025-07-01",
								"--basis", BASIS),
						"type", "effectiveOn", "legalBasis"),
				command("/api/units/binh-lu/reparent",
						List.of("units", "reparent", "binh-lu", "--parent", "lai-chau", "--effective-on", "2025-07-01",
								"--basis", BASIS),
						"parentId", "effectiveOn", "legalBasis"),
				command("/api/units/binh-lu/dissolve",
						List.of("units", "dissolve", "binh-lu", "--last-day", "2025-06-30", "--basis", BASIS),
						"lastDay", "legalBasis"),
				command("/api/restructurings/mergers",
						List.of("units", "merge", "--successor-id", "binh-lu-2025", "--code", "03390", "--name",
								"Xã Bình Lư", "--type", "COMMUNE", "--parent", "lai-chau", "--effective-on",
								"2025-07-01", "--predecessor", "tam-duong", "--predecessor", "son-binh", "--basis",
								BASIS),
						"successorId", "code", "name", "type", "parentId", "effectiveOn", "predecessorIds[]",
						"legalBasis"),
				command("/api/restructurings", List.of("units", "restructure", resolution.toString()),
						"restructuringId", "effectiveOn", "legalBasis", "formations[].unitId", "formations[].code",
						"formations[].name", "formations[].type", "formations[].parentId",
						"formations[].sources[].unitId", "formations[].sources[].share", "enlargements[].unitId",
						"enlargements[].sources[].unitId", "enlargements[].sources[].share", "continuingSources[]",
						"changes[].unitId", "changes[].name", "changes[].type", "changes[].parentId"),
				command("/api/people",
						List.of("people", "register", "--id", "can-bo-07", "--name", "Cán bộ 07", "--birth-year",
								"1978", "--hometown", "03413", "--hometown-on", "2019-01-01", "--birthplace", "03412",
								"--birthplace-on", "1978-05-01"),
						"personId", "name", "birthYear", "origin.hometownCode", "origin.hometownOn",
						"origin.birthplaceCode", "origin.birthplaceOn"),
				command("/api/people/can-bo-07/origin",
						List.of("people", "correct-origin", "can-bo-07", "--hometown", "03412", "--hometown-on",
								"2019-01-01", "--birthplace", "03412", "--birthplace-on", "1978-05-01"),
						"origin.hometownCode", "origin.hometownOn", "origin.birthplaceCode", "origin.birthplaceOn"),
				command("/api/units/binh-lu/mandates",
						List.of("mandates", "assign", "--unit", "binh-lu", "--id", "m1", "--post", "PARTY_SECRETARY",
								"--person", "can-bo-07", "--from", "2025-07-01", "--until", "2030-06-30", "--locality",
								"non_local", "--locality-reason", "Quê gốc ghi sai", "--concurrent", "--basis", BASIS),
						"mandateId", "postCode", "personId", "from", "until", "localityOverride.locality",
						"localityOverride.reason", "concurrent", "legalBasis"),
				command("/api/units/binh-lu/mandates/m1/end",
						List.of("mandates", "end", "--unit", "binh-lu", "--mandate", "m1", "--last-day", "2025-12-31",
								"--cause", "transferred", "--basis", BASIS),
						"lastDay", "cause", "legalBasis"),
				command("/api/units/binh-lu/mandates/m1/correct",
						List.of("mandates", "correct", "--unit", "binh-lu", "--mandate", "m1", "--from", "2025-07-15",
								"--until", "2025-12-31", "--post", "COUNCIL_CHAIR", "--person", "can-bo-08",
								"--locality", "LOCAL", "--locality-reason", "Quê gốc đúng", "--basis", BASIS),
						"postCode", "personId", "from", "until", "localityOverride.locality", "localityOverride.reason",
						"legalBasis"),
				command("/api/units/binh-lu/mandates/m1/rescind",
						List.of("mandates", "rescind", "--unit", "binh-lu", "--mandate", "m1", "--basis", BASIS),
						"legalBasis"),
				command("/api/units/binh-lu/briefings",
						List.of("briefings", "record", "--unit", "binh-lu", "--held-on", "2025-07-10", "--title",
								"Hội nghị quán triệt", "--document", BASIS, "--document", "45-CT/TW", "--attendances",
								"200"),
						"heldOn", "title", "documents[]", "attendances"));
	}

	/** Every command body may carry a reason. */
	private static SentCommand command(String path, List<String> args, String... fields) {
		return new SentCommand(path, args,
				java.util.stream.Stream.concat(java.util.stream.Stream.of(fields), java.util.stream.Stream.of("reason"))
					.collect(java.util.stream.Collectors.toUnmodifiableSet()));
	}

}
