package vn.cadre.assignments.mandate.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.support.web.StrictJson.MultilineText;

/**
 * Body of {@code POST /api/units/{unitId}/mandates}. {@code concurrent}: whether the
 * decision appoints concurrently (kiêm nhiệm) with another post the person holds in the
 * unit; left out when it does not say.
 */
record AssignPositionRequest(@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,63}", message = "field.id") String mandateId,
		@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "field.post-code") String postCode,
		@NotBlank @Size(max = 64) String personId, @NotNull LocalDate from, LocalDate until,
		@Valid LocalityOverrideBody localityOverride, Boolean concurrent, @NotBlank @Size(max = 80) String legalBasis,
		@Size(max = 1000) @MultilineText String reason) {

	/**
	 * Staff's finding on locality, with the reason the recorded origin does not decide
	 * it.
	 */
	record LocalityOverrideBody(@NotNull Locality locality, @NotBlank @Size(max = 1000) String reason) {

	}

}
