package vn.cadre.reporting.digests;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.reporting.web.QueryRefused;

/**
 * {@code GET /api/audit/digests}: the digests kept here, for auditors to hold the event
 * store against ({@code cadre verify} does).
 */
@RestController
@RequestMapping("/api/audit/digests")
class DigestController {

	private final DigestRecords digests;

	DigestController(DigestRecords digests) {
		this.digests = digests;
	}

	record Digests(List<DigestRecords.Kept> items, long conflicts) {
	}

	@GetMapping
	Digests page(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return new Digests(this.digests.page(page, size), this.digests.conflicts());
	}

	@GetMapping("/latest")
	DigestRecords.Kept latest() {
		return this.digests.latest().orElseThrow(() -> QueryRefused.notFound("digest.none"));
	}

}
