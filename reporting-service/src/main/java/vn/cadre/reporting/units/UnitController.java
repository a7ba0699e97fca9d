package vn.cadre.reporting.units;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

	@GetMapping
	List<UnitView> findUnits(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return this.queries.findUnits(page, size);
	}

}
