package vn.cadre.reporting.units;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Query API of the unit register. */
@RestController
@RequestMapping("/api/units")
@Validated
class UnitController {

	private final UnitQueries queries;

	UnitController(UnitQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/{unitId}")
	UnitView getUnit(@PathVariable String unitId) {
		return this.queries.getUnit(unitId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Không tìm thấy đơn vị / No unit with id " + unitId));
	}

	/**
	 * The register page by page; with {@code code}, the unit that carried that code on
	 * {@code on} (default today): a code is reused across units over time.
	 */
	@GetMapping
	List<UnitView> findUnits(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
			@RequestParam(required = false) @Pattern(regexp = "\\d{2}|\\d{3}|\\d{5}") String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		if (code != null) {
			return this.queries.withCodeOn(code, (on != null) ? on : LocalDate.now());
		}
		return this.queries.findUnits(page, size);
	}

	/**
	 * Every unit the given one came from and went into, and the units that on
	 * {@code asOf} (default today) contain what it was.
	 */
	@GetMapping("/{unitId}/lineage")
	LineageView lineage(@PathVariable String unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return this.queries.lineage(unitId, (asOf != null) ? asOf : LocalDate.now())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Không tìm thấy đơn vị / No unit with id " + unitId));
	}

}
