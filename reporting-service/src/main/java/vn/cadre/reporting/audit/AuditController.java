package vn.cadre.reporting.audit;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.reporting.web.QueryRefused;

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
		AuditQuery query = parameters.query();
		return this.queries.find(query).orElseThrow(() -> QueryRefused.notFound("unit.unknown", query.unitId()));
	}

}
