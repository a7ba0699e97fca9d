package vn.cadre.assignments.briefing.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.assignments.briefing.RecordBriefing;
import vn.cadre.assignments.web.CommandSender;
import vn.cadre.kernel.unit.UnitId;

/** HTTP entry for recording briefing conferences. */
@RestController
@RequestMapping("/api/units/{unitId}/briefings")
class BriefingController {

	private final CommandSender commands;

	BriefingController(CommandSender commands) {
		this.commands = commands;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> record(@PathVariable String unitId,
			@Valid @RequestBody RecordBriefingRequest request) {
		String briefingId = (request.briefingId() != null) ? request.briefingId() : UUID.randomUUID().toString();
		return this.commands
			.send(new RecordBriefing(briefingId, new UnitId(unitId), request.heldOn(), request.title(),
					request.documents(), request.attendances()), request.reason())
			.created(URI.create("/api/units/" + unitId + "/briefings/" + briefingId), Map.of("briefingId", briefingId));
	}

}
