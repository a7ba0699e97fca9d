package vn.cadre.assignments.mandate.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.cadre.support.web.StrictJson.MultilineText;

/**
 * Body of {@code POST /api/units/{unitId}/mandates/{mandateId}/correct}: the whole period
 * as it should be; {@code postCode} and {@code personId} only when they were wrong.
 */
record CorrectAssignmentRequest(@Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "field.post-code") String postCode,
		@Size(max = 64) String personId, @NotNull LocalDate from, LocalDate until,
		@Valid AssignPositionRequest.LocalityOverrideBody localityOverride,
		@NotBlank @Size(max = 1000) @MultilineText String reason, @NotBlank @Size(max = 80) String legalBasis) {

}
