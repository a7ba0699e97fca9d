package vn.cadre.assignments.person.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.cadre.support.web.StrictJson.MultilineText;

/** Body of {@code POST /api/people}. */
record RegisterPersonRequest(@NotBlank @Size(max = 64) String personId, @NotBlank @Size(max = 120) String name,
		@Min(1900) @Max(2100) int birthYear, @NotNull @Valid OriginBody origin,
		@Size(max = 1000) @MultilineText String reason) {

}
