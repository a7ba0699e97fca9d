package vn.cadre.reporting.messaging.rebuild;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import jakarta.servlet.http.HttpServletRequest;
import vn.cadre.reporting.web.QueryRefused;
import vn.cadre.support.text.Languages;

/**
 * Admin API of rebuilds: start one, start a consistency check, follow either
 * ({@code ./cadre rebuild} draws a progress bar from it).
 */
@RestController
@RequestMapping("/admin")
class RebuildController {

	private final Rebuild rebuild;

	RebuildController(Rebuild rebuild) {
		this.rebuild = rebuild;
	}

	@PostMapping("/rebuild")
	ResponseEntity<RebuildStatus> rebuild() {
		return ResponseEntity.accepted().body(this.rebuild.start(false));
	}

	@PostMapping("/consistency-check")
	ResponseEntity<RebuildStatus> check() {
		return ResponseEntity.accepted().body(this.rebuild.start(true));
	}

	@GetMapping("/rebuild")
	RebuildStatus status() {
		return this.rebuild.status().orElseThrow(() -> QueryRefused.notFound("rebuild.none"));
	}

	@ExceptionHandler(AlreadyRunning.class)
	ResponseEntity<ProblemDetail> busy(AlreadyRunning ex, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					Languages.say(QueryRefused.text("rebuild.running", ex.id()), request)));
	}

}
