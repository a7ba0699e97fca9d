package vn.cadre.assignments.unit.web;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.assignments.unit.ChangeUnitParent;
import vn.cadre.assignments.unit.ChangeUnitType;
import vn.cadre.assignments.unit.DissolveUnit;
import vn.cadre.assignments.unit.RegisterUnit;
import vn.cadre.assignments.unit.RenameUnit;
import vn.cadre.assignments.web.CommandSender;
import vn.cadre.kernel.unit.UnitCode;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitName;

/** HTTP entry for the commands on administrative units. */
@RestController
@RequestMapping("/api/units")
class UnitController {

	private final CommandSender commands;

	UnitController(CommandSender commands) {
		this.commands = commands;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> register(@Valid @RequestBody RegisterUnitRequest request) {
		UnitId unitId = (request.unitId() != null) ? new UnitId(request.unitId()) : UnitId.random();
		RegisterUnit command = new RegisterUnit(unitId, new UnitCode(request.code()), new UnitName(request.name()),
				request.type(), (request.parentId() != null) ? new UnitId(request.parentId()) : null,
				request.establishedOn(), request.legalBasis());
		return this.commands.send(command, request.reason())
			.created(URI.create("/api/units/" + unitId), Map.of("unitId", unitId.value()));
	}

	@PostMapping("/{unitId}/rename")
	ResponseEntity<Void> rename(@PathVariable String unitId, @Valid @RequestBody RenameUnitRequest request) {
		return this.commands
			.send(new RenameUnit(new UnitId(unitId), new UnitName(request.name()), request.effectiveOn(),
					request.legalBasis()), request.reason())
			.noContent();
	}

	@PostMapping("/{unitId}/retype")
	ResponseEntity<Void> retype(@PathVariable String unitId, @Valid @RequestBody ChangeUnitTypeRequest request) {
		return this.commands
			.send(new ChangeUnitType(new UnitId(unitId), request.type(), request.effectiveOn(), request.legalBasis()),
					request.reason())
			.noContent();
	}

	@PostMapping("/{unitId}/reparent")
	ResponseEntity<Void> reparent(@PathVariable String unitId, @Valid @RequestBody ChangeUnitParentRequest request) {
		return this.commands
			.send(new ChangeUnitParent(new UnitId(unitId),
					(request.parentId() != null) ? new UnitId(request.parentId()) : null, request.effectiveOn(),
					request.legalBasis()), request.reason())
			.noContent();
	}

	@PostMapping("/{unitId}/dissolve")
	ResponseEntity<Void> dissolve(@PathVariable String unitId, @Valid @RequestBody DissolveUnitRequest request) {
		return this.commands
			.send(new DissolveUnit(new UnitId(unitId), request.lastDay(), request.legalBasis()), request.reason())
			.noContent();
	}

}
