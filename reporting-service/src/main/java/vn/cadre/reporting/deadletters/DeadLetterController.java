package vn.cadre.reporting.deadletters;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.reporting.web.QueryRefused;

/**
 * Administration of dead letters: list them, retry one (and what is parked behind it), or
 * discard one.
 */
@RestController
@RequestMapping("/admin/dead-letters")
class DeadLetterController {

	private final DeadLetters deadLetters;

	private final DeadLetterRetry retry;

	DeadLetterController(DeadLetters deadLetters, DeadLetterRetry retry) {
		this.deadLetters = deadLetters;
		this.retry = retry;
	}

	@GetMapping
	List<DeadLetter> find(@RequestParam(required = false) String projection,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return this.deadLetters.find(projection, page, size);
	}

	@GetMapping("/{id}")
	DeadLetter get(@PathVariable String id) {
		return letter(id);
	}

	@PostMapping("/{id}/retry")
	Map<String, Integer> retry(@PathVariable String id) {
		return Map.of("applied", this.retry.retry(letter(id)));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> discard(@PathVariable String id) {
		this.retry.discard(letter(id));
		return ResponseEntity.noContent().build();
	}

	private DeadLetter letter(String id) {
		return this.deadLetters.get(id).orElseThrow(() -> QueryRefused.notFound("dead-letter.unknown", id));
	}

}
