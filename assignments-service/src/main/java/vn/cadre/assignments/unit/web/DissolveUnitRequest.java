package vn.cadre.assignments.unit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.cadre.support.web.StrictJson.MultilineText;

/** Body of {@code POST /api/units/{unitId}/dissolve}. */
record DissolveUnitRequest(@NotNull LocalDate lastDay, @NotBlank @Size(max = 80) String legalBasis,
		@Size(max = 1000) @MultilineText String reason) {

}
