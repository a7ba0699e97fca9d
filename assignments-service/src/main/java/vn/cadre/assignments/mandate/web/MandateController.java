package vn.cadre.assignments.mandate.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.assignments.InvalidRequest;
import vn.cadre.assignments.mandate.AssignPosition;
import vn.cadre.assignments.mandate.CorrectAssignment;
import vn.cadre.assignments.mandate.EndAssignment;
import vn.cadre.assignments.mandate.LocalityOverride;
import vn.cadre.assignments.mandate.RescindAssignment;
import vn.cadre.assignments.web.CommandSender;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.person.PersonId;
import vn.cadre.kernel.post.PostCode;
import vn.cadre.kernel.unit.UnitId;

/**
 * HTTP entry for assigning people to posts in a unit, and ending, correcting and
 * rescinding those mandates.
 */
@RestController
@RequestMapping("/api/units/{unitId}/mandates")
class MandateController {

	private final CommandSender commands;

	MandateController(CommandSender commands) {
		this.commands = commands;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> assign(@PathVariable String unitId,
			@Valid @RequestBody AssignPositionRequest request) {
		String mandateId = (request.mandateId() != null) ? request.mandateId() : UUID.randomUUID().toString();
		LocalityOverride override = override(request.localityOverride());
		return this.commands
			.send(new AssignPosition(new UnitId(unitId), mandateId, new PostCode(request.postCode()),
					new PersonId(request.personId()), period(request.from(), request.until()), override,
					request.concurrent(), request.legalBasis()), request.reason())
			.created(URI.create("/api/units/" + unitId + "/mandates/" + mandateId), Map.of("mandateId", mandateId));
	}

	/** A period whose end comes before its start is refused next to its end. */
	private static DateRange period(LocalDate from, LocalDate until) {
		if (from != null && until != null && until.isBefore(from)) {
			throw InvalidRequest.at("until", "request.period-ends-before-start", from, until);
		}
		return new DateRange(from, until);
	}

	private static LocalityOverride override(AssignPositionRequest.LocalityOverrideBody body) {
		return (body != null) ? new LocalityOverride(body.locality(), body.reason()) : null;
	}

	/**
	 * Corrects a mandate retroactively; the facts believed before stay in the history and
	 * remain answerable for earlier record times.
	 */
	@PostMapping("/{mandateId}/correct")
	ResponseEntity<Void> correct(@PathVariable String unitId, @PathVariable String mandateId,
			@Valid @RequestBody CorrectAssignmentRequest request) {
		return this.commands
			.send(new CorrectAssignment(new UnitId(unitId), mandateId,
					(request.postCode() != null) ? new PostCode(request.postCode()) : null,
					(request.personId() != null) ? new PersonId(request.personId()) : null,
					period(request.from(), request.until()), override(request.localityOverride()), request.reason(),
					request.legalBasis()), request.reason())
			.noContent();
	}

	@PostMapping("/{mandateId}/rescind")
	ResponseEntity<Void> rescind(@PathVariable String unitId, @PathVariable String mandateId,
			@Valid @RequestBody RescindAssignmentRequest request) {
		return this.commands
			.send(new RescindAssignment(new UnitId(unitId), mandateId, request.reason(), request.legalBasis()),
					request.reason())
			.noContent();
	}

	@PostMapping("/{mandateId}/end")
	ResponseEntity<Void> end(@PathVariable String unitId, @PathVariable String mandateId,
			@Valid @RequestBody EndAssignmentRequest request) {
		return this.commands
			.send(new EndAssignment(new UnitId(unitId), mandateId, request.lastDay(), request.cause(),
					request.legalBasis()), request.reason())
			.noContent();
	}

}
