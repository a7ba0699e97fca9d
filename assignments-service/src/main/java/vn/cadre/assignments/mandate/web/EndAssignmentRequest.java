package vn.cadre.assignments.mandate.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.support.web.StrictJson.MultilineText;

/** Body of {@code POST /api/units/{unitId}/mandates/{mandateId}/end}. */
record EndAssignmentRequest(@NotNull LocalDate lastDay, @NotNull EndCause cause,
		@NotBlank @Size(max = 80) String legalBasis, @Size(max = 1000) @MultilineText String reason) {

}
