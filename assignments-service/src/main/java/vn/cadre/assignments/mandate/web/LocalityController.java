package vn.cadre.assignments.mandate.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.assignments.mandate.LocalityRule;
import vn.cadre.assignments.unit.LocalityPreview;
import vn.cadre.kernel.person.PersonId;
import vn.cadre.kernel.unit.UnitId;

/**
 * {@code GET /api/units/{unitId}/locality?personId=...}: the locality an assignment of
 * that person in that unit would record, with its basis, before it is sent.
 */
@RestController
class LocalityController {

	private final LocalityPreview preview;

	LocalityController(LocalityPreview preview) {
		this.preview = preview;
	}

	@GetMapping("/api/units/{unitId}/locality")
	Finding locality(@PathVariable String unitId, @RequestParam String personId) {
		LocalityRule.Decision decision = this.preview.of(new UnitId(unitId), new PersonId(personId));
		return new Finding(unitId, personId, decision.locality().name(), decision.basis());
	}

	record Finding(String unitId, String personId, String locality, String basis) {

	}

}
