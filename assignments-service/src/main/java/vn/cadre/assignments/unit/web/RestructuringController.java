package vn.cadre.assignments.unit.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.assignments.unit.MergeCommunes;
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

	@PostMapping("/mergers")
	ResponseEntity<Map<String, String>> merge(@Valid @RequestBody MergeCommunesRequest request) {
		UnitId successorId = (request.successorId() != null) ? new UnitId(request.successorId()) : UnitId.random();
		String restructuringId = UUID.randomUUID().toString();
		MergeCommunes command = new MergeCommunes(restructuringId, successorId, new UnitCode(request.code()),
				new UnitName(request.name()), request.type(),
				(request.parentId() != null) ? new UnitId(request.parentId()) : null, request.effectiveOn(),
				request.predecessorIds().stream().map(UnitId::new).toList(), request.legalBasis());
		this.commands.send(command, request.legalBasis());
		return ResponseEntity.created(URI.create("/api/units/" + successorId))
			.body(Map.of("unitId", successorId.value(), "restructuringId", restructuringId));
	}

}
