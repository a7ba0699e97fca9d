package vn.cadre.reporting.audit;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Query API of the audit log. Spring binds and checks each parameter
 * ({@link AuditParameters}); a value it cannot read or that breaks its bounds is answered
 * by {@code ParameterProblems}, naming it, and a question whose values contradict each
 * other by a 400 saying why.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

	private final AuditQueries queries;

	AuditController(AuditQueries queries) {
		this.queries = queries;
	}

	/**
	 * The recorded events matching every filter given, by position: a unit (with its
	 * lineage unless {@code lineage=false}), a person, an actor, event types, valid time
	 * overlapping {@code validFrom}..{@code validTo}, record time within
	 * {@code recordedFrom}..{@code recordedTo}. Pages go by number ({@code page}) or, for
	 * deep reading, by position ({@code after}, the previous page's {@code nextAfter}).
	 */
	@GetMapping("/events")
	AuditPage events(@Valid AuditParameters parameters) {
		AuditQuery query;
		try {
			query = parameters.query();
		}
		catch (AuditQuery.Invalid ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage(), ex);
		}
		return this.queries.find(query)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Không tìm thấy đơn vị / No unit with id " + query.unitId()));
	}

}
