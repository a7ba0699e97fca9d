package vn.cadre.assignments.mandate.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.cadre.support.web.StrictJson.MultilineText;

/** Body of {@code POST /api/units/{unitId}/mandates/{mandateId}/rescind}. */
record RescindAssignmentRequest(@NotBlank @Size(max = 1000) @MultilineText String reason,
		@NotBlank @Size(max = 80) String legalBasis) {

}
