package vn.cadre.reporting.audit;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Query API of the audit log. Parameters arrive as text and are parsed here, so a
 * malformed one is answered with a problem naming it rather than a conversion error.
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
	AuditPage events(@RequestParam(required = false) String unitId, @RequestParam(required = false) String lineage,
			@RequestParam(required = false) String personId, @RequestParam(required = false) String actor,
			@RequestParam(required = false) List<String> type, @RequestParam(required = false) String validFrom,
			@RequestParam(required = false) String validTo, @RequestParam(required = false) String recordedFrom,
			@RequestParam(required = false) String recordedTo, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String after) {
		AuditQuery query;
		try {
			query = new AuditQuery(unitId, AuditQuery.flag("lineage", lineage, true), personId, actor, type,
					AuditQuery.date("validFrom", validFrom), AuditQuery.date("validTo", validTo),
					AuditQuery.instant("recordedFrom", recordedFrom), AuditQuery.instant("recordedTo", recordedTo),
					AuditQuery.number("page", page, 0), AuditQuery.number("size", size, AuditQuery.DEFAULT_SIZE),
					AuditQuery.position("after", after));
		}
		catch (AuditQuery.Invalid ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage(), ex);
		}
		return this.queries.find(query)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Không tìm thấy đơn vị / No unit with id " + query.unitId()));
	}

}
