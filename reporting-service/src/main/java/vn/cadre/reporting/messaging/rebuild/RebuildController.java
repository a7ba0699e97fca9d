package vn.cadre.reporting.messaging.rebuild;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

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
		return this.rebuild.status()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Chưa có lần dựng lại nào / No rebuild has run on this instance"));
	}

	@ExceptionHandler(IllegalStateException.class)
	ResponseEntity<ProblemDetail> busy(IllegalStateException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage()));
	}

}
