package vn.cadre.reporting.units;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.reporting.web.CsvCells;
import vn.cadre.reporting.web.PlausibleDate;
import vn.cadre.reporting.web.QueryRefused;

/**
 * Query API of the unit register. Parameters are checked by Spring MVC's method
 * validation; {@code ParameterProblems} answers a refused one.
 */
@RestController
@RequestMapping("/api/units")
class UnitController {

	/** Beyond any register: keeps {@code page * size} a valid skip. */
	private static final int MAX_PAGE = 100_000;

	private final UnitQueries queries;

	UnitController(UnitQueries queries) {
		this.queries = queries;
	}

	/** One unit; its ETag is the position of the last event applied to it. */
	@GetMapping("/{unitId}")
	ResponseEntity<UnitView> getUnit(@PathVariable String unitId,
			@RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		UnitView unit = this.queries.getUnit(unitId).orElseThrow(() -> QueryRefused.notFound("unit.unknown", unitId));
		String etag = "\"" + unit.lastPosition() + "\"";
		if (etag.equals(ifNoneMatch)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(unit);
	}

	/** A page of the register as CSV, for a client that accepts {@code text/csv}. */
	@GetMapping(produces = "text/csv")
	ResponseEntity<String> csv(@RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
			@RequestParam(defaultValue = "500") @Min(1) @Max(5000) int size) {
		StringBuilder csv = new StringBuilder(
				"unitId,code,name,type,level,parentId,establishedOn,dissolvedOn,endedBy,predecessors,successors\r\n");
		for (UnitView unit : this.queries.findUnits(UnitQueries.Filter.NONE, page, size)) {
			csv.append(CsvCells.row(unit.unitId(), unit.code(), unit.name(), unit.type(), unit.level(), unit.parentId(),
					String.valueOf(unit.establishedOn()),
					(unit.dissolvedOn() != null) ? unit.dissolvedOn().toString() : null, unit.endedBy(),
					String.join(" ", unit.predecessorIds()), String.join(" ", unit.successorIds())));
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"units-" + page + ".csv\"")
			.body(csv.toString());
	}

	/**
	 * The register page by page; with {@code code}, the unit that carried that code on
	 * {@code on} (default today): a code is reused across units over time. {@code q}
	 * (part of a name, any case, or the start of a code), {@code level} and
	 * {@code parentId} narrow the pages, for pickers that search as one types.
	 */
	@GetMapping
	List<UnitView> findUnits(@RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
			@RequestParam(required = false) @Pattern(regexp = "\\d{2}|\\d{3}|\\d{5}",
					message = "expect.unit-code") String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate on,
			@RequestParam(required = false) @Size(min = 1, max = 100, message = "expect.short-text") String q,
			@RequestParam(required = false) @Pattern(regexp = "PROVINCE|DISTRICT|COMMUNE",
					message = "expect.level") String level,
			@RequestParam(required = false) @Size(min = 1, max = 100, message = "expect.short-text") String parentId) {
		if (code != null) {
			return this.queries.withCodeOn(code, (on != null) ? on : LocalDate.now());
		}
		return this.queries.findUnits(new UnitQueries.Filter(q, level, parentId), page, size);
	}

	/**
	 * Every unit the given one came from and went into, and the units that on
	 * {@code asOf} (default today) contain what it was.
	 */
	@GetMapping("/{unitId}/lineage")
	LineageView lineage(@PathVariable String unitId, @RequestParam(required = false) @DateTimeFormat(
			iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate asOf) {
		return this.queries.lineage(unitId, (asOf != null) ? asOf : LocalDate.now())
			.orElseThrow(() -> QueryRefused.notFound("unit.unknown", unitId));
	}

}
