package vn.cadre.assignments.unit.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.assignments.unit.MergeCommunes;
import vn.cadre.assignments.unit.RestructureUnits;
import vn.cadre.assignments.web.CommandSender;
import vn.cadre.kernel.unit.UnitCode;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitName;

/** HTTP entry for restructurings of administrative units. */
@RestController
@RequestMapping("/api/restructurings")
class RestructuringController {

	private final CommandSender commands;

	RestructuringController(CommandSender commands) {
		this.commands = commands;
	}

	/**
	 * Records one resolution. Answers with the restructuring id and the ids of the units
	 * it formed, in the order of the request.
	 */
	@PostMapping
	ResponseEntity<Map<String, Object>> restructure(@Valid @RequestBody RestructureUnitsRequest request) {
		String restructuringId = (request.restructuringId() != null) ? request.restructuringId()
				: UUID.randomUUID().toString();
		List<RestructureUnits.Formation> formations = (request.formations() == null) ? List.of()
				: request.formations().stream().map(RestructuringController::formation).toList();
		RestructureUnits command = new RestructureUnits(restructuringId, request.effectiveOn(), formations,
				(request.enlargements() == null) ? List.of() : request.enlargements()
					.stream()
					.map(body -> new RestructureUnits.Enlargement(new UnitId(body.unitId()), sources(body.sources())))
					.toList(),
				(request.continuingSources() == null) ? Set.of()
						: request.continuingSources().stream().map(UnitId::new).collect(Collectors.toSet()),
				(request.changes() == null) ? List.of()
						: request.changes().stream().map(RestructuringController::change).toList(),
				request.legalBasis());
		return this.commands.send(command, request.reason())
			.status(HttpStatus.CREATED, Map.of("restructuringId", restructuringId, "formedUnitIds",
					formations.stream().map(formation -> formation.unitId().value()).toList()));
	}

	private static RestructureUnits.Formation formation(RestructureUnitsRequest.FormationBody body) {
		return new RestructureUnits.Formation((body.unitId() != null) ? new UnitId(body.unitId()) : UnitId.random(),
				new UnitCode(body.code()), new UnitName(body.name()), body.type(),
				(body.parentId() != null) ? new UnitId(body.parentId()) : null, sources(body.sources()));
	}

	private static List<RestructureUnits.Source> sources(List<RestructureUnitsRequest.SourceBody> bodies) {
		return bodies.stream()
			.map(body -> new RestructureUnits.Source(new UnitId(body.unitId()), body.share()))
			.toList();
	}

	private static RestructureUnits.UnitChange change(RestructureUnitsRequest.ChangeBody body) {
		return new RestructureUnits.UnitChange(new UnitId(body.unitId()),
				(body.name() != null) ? new UnitName(body.name()) : null, body.type(),
				(body.parentId() != null) ? new UnitId(body.parentId()) : null);
	}

	@PostMapping("/mergers")
	ResponseEntity<Map<String, Object>> merge(@Valid @RequestBody MergeCommunesRequest request) {
		UnitId successorId = (request.successorId() != null) ? new UnitId(request.successorId()) : UnitId.random();
		String restructuringId = UUID.randomUUID().toString();
		MergeCommunes command = new MergeCommunes(restructuringId, successorId, new UnitCode(request.code()),
				new UnitName(request.name()), request.type(),
				(request.parentId() != null) ? new UnitId(request.parentId()) : null, request.effectiveOn(),
				request.predecessorIds().stream().map(UnitId::new).toList(), request.legalBasis());
		return this.commands.send(command, request.reason())
			.created(URI.create("/api/units/" + successorId),
					Map.of("unitId", successorId.value(), "restructuringId", restructuringId));
	}

}
