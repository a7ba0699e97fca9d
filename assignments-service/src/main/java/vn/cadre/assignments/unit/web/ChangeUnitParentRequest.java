package vn.cadre.assignments.unit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.cadre.support.web.StrictJson.MultilineText;

/**
 * Body of {@code POST /api/units/{unitId}/reparent}; no {@code parentId} leaves the unit
 * without a parent.
 */
record ChangeUnitParentRequest(@Size(max = 64) String parentId, @NotNull LocalDate effectiveOn,
		@NotBlank @Size(max = 80) String legalBasis, @Size(max = 1000) @MultilineText String reason) {

}
