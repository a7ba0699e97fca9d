package vn.cadre.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cadre.kernel.unit.UnitType;

/** {@code cadre units ...} */
@Command(name = "units",
		description = "Administrative units: register, rename, retype, reparent, dissolve, merge, restructure; "
				+ "list and show the register.")
final class UnitCommands {

	@ParentCommand
	Cadre cadre;

	@Command(name = "register", description = "Register a unit from the day it was established.")
	int register(@Option(names = "--id", description = "Choose the unit id (makes a retry safe).") String unitId,
			@Option(names = "--code", required = true, description = "2, 3 or 5 digits") String code,
			@Option(names = "--name", required = true) String name,
			@Option(names = "--type", required = true, description = "${COMPLETION-CANDIDATES}") UnitType type,
			@Option(names = "--parent") String parentId,
			@Option(names = "--established-on", required = true) LocalDate establishedOn,
			@Option(names = "--basis", required = true, description = "number of a registered document") String basis,
			@Option(names = "--reason", description = Bodies.REASON) String reason) {
		return this.cadre.api()
			.post("/api/units", Bodies.of("unitId", unitId, "code", code, "name", name, "type", type, "parentId",
					parentId, "establishedOn", establishedOn, "legalBasis", basis, "reason", reason));
	}

	@Command(name = "rename", description = "Give a unit a new name from a date.")
	int rename(@Parameters(paramLabel = "UNIT_ID") String unitId,
			@Option(names = "--name", required = true) String name,
			@Option(names = "--effective-on", required = true) LocalDate effectiveOn,
			@Option(names = "--basis", required = true) String basis,
			@Option(names = "--reason", description = Bodies.REASON) String reason) {
		return this.cadre.api()
			.post("/api/units/" + unitId + "/rename",
					Bodies.of("name", name, "effectiveOn", effectiveOn, "legalBasis", basis, "reason", reason));
	}

	@Command(name = "dissolve", description = "End a unit without a successor; its open mandates end with it.")
	int dissolve(@Parameters(paramLabel = "UNIT_ID") String unitId,
			@Option(names = "--last-day", required = true) LocalDate lastDay,
			@Option(names = "--basis", required = true) String basis,
			@Option(names = "--reason", description = Bodies.REASON) String reason) {
		return this.cadre.api()
			.post("/api/units/" + unitId + "/dissolve",
					Bodies.of("lastDay", lastDay, "legalBasis", basis, "reason", reason));
	}

	@Command(name = "merge", description = "Merge communes into a new successor: one decision, all or nothing.")
	int merge(@Option(names = "--successor-id") String successorId,
			@Option(names = "--code", required = true) String code,
			@Option(names = "--name", required = true) String name,
			@Option(names = "--type", required = true, description = "${COMPLETION-CANDIDATES}") UnitType type,
			@Option(names = "--parent") String parentId,
			@Option(names = "--effective-on", required = true) LocalDate effectiveOn,
			@Option(names = "--predecessor", required = true,
					description = "repeat for each merged unit id") List<String> predecessors,
			@Option(names = "--basis", required = true) String basis,
			@Option(names = "--reason", description = Bodies.REASON) String reason) {
		return this.cadre.api()
			.post("/api/restructurings/mergers",
					Bodies.of("successorId", successorId, "code", code, "name", name, "type", type, "parentId",
							parentId, "effectiveOn", effectiveOn, "predecessorIds", predecessors, "legalBasis", basis,
							"reason", reason));
	}

	@Command(name = "retype", description = "Change a unit's type within its level from a date.")
	int retype(@Parameters(paramLabel = "UNIT_ID") String unitId,
			@Option(names = "--type", required = true, description = "${COMPLETION-CANDIDATES}") UnitType type,
			@Option(names = "--effective-on", required = true) LocalDate effectiveOn,
			@Option(names = "--basis", required = true) String basis,
			@Option(names = "--reason", description = Bodies.REASON) String reason) {
		return this.cadre.api()
			.post("/api/units/" + unitId + "/retype",
					Bodies.of("type", type, "effectiveOn", effectiveOn, "legalBasis", basis, "reason", reason));
	}

	@Command(name = "reparent",
			description = "Move a unit under another parent from a date (its district abolished, its province merged).")
	int reparent(@Parameters(paramLabel = "UNIT_ID") String unitId,
			@Option(names = "--parent", description = "the new parent; leave out for none") String parentId,
			@Option(names = "--effective-on", required = true) LocalDate effectiveOn,
			@Option(names = "--basis", required = true) String basis,
			@Option(names = "--reason", description = Bodies.REASON) String reason) {
		return this.cadre.api()
			.post("/api/units/" + unitId + "/reparent",
					Bodies.of("parentId", parentId, "effectiveOn", effectiveOn, "legalBasis", basis, "reason", reason));
	}

	@Command(name = "restructure",
			description = "Record one resolution from a JSON file (see docs/restructuring.md): new units, splits, "
					+ "absorptions, renames, retypes and new parents on one date, all or nothing.")
	int restructure(@Parameters(paramLabel = "FILE") Path file, @Option(names = "--reason",
			description = Bodies.REASON + " (replaces a reason in the file)") String reason) {
		Map<String, Object> resolution;
		try {
			resolution = Bodies.readJson(file);
		}
		catch (IOException ex) {
			this.cadre.err().println("Không đọc được tệp / Cannot read " + file + ": " + ex.getMessage());
			return Api.REFUSED;
		}
		if (reason != null) {
			resolution.put("reason", reason);
		}
		return this.cadre.api().post("/api/restructurings", resolution);
	}

	@Command(name = "list", description = "List the register (reporting-service).")
	int list(@Option(names = "--page", defaultValue = "0") int page,
			@Option(names = "--size", defaultValue = "50") int size) {
		return this.cadre.api().get(this.cadre.reportingUrl, "/api/units?page=" + page + "&size=" + size);
	}

	@Command(name = "show", description = "Show one unit of the register (reporting-service).")
	int show(@Parameters(paramLabel = "UNIT_ID") String unitId) {
		return this.cadre.api().get(this.cadre.reportingUrl, "/api/units/" + unitId);
	}

}
