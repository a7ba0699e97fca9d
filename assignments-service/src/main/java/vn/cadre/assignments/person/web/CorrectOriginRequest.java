package vn.cadre.assignments.person.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.cadre.support.web.StrictJson.MultilineText;

/** Body of {@code POST /api/people/{personId}/origin}. */
record CorrectOriginRequest(@NotNull @Valid OriginBody origin,
		@NotBlank @Size(max = 1000) @MultilineText String reason) {

}
