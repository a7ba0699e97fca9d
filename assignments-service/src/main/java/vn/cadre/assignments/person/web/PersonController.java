package vn.cadre.assignments.person.web;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.assignments.person.CorrectOrigin;
import vn.cadre.assignments.person.RegisterPerson;
import vn.cadre.assignments.web.CommandSender;
import vn.cadre.kernel.person.PersonId;

/** HTTP entry for the commands on people. */
@RestController
@RequestMapping("/api/people")
class PersonController {

	private final CommandSender commands;

	PersonController(CommandSender commands) {
		this.commands = commands;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> register(@Valid @RequestBody RegisterPersonRequest request) {
		PersonId personId = new PersonId(request.personId());
		return this.commands
			.send(new RegisterPerson(personId, request.name(), request.birthYear(), request.origin().toOrigin()),
					request.reason())
			.created(URI.create("/api/people/" + personId), Map.of("personId", personId.value()));
	}

	@PostMapping("/{personId}/origin")
	ResponseEntity<Void> correctOrigin(@PathVariable String personId,
			@Valid @RequestBody CorrectOriginRequest request) {
		return this.commands
			.send(new CorrectOrigin(new PersonId(personId), request.origin().toOrigin(), request.reason()),
					request.reason())
			.noContent();
	}

}
