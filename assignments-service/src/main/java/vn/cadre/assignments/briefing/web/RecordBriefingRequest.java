package vn.cadre.assignments.briefing.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.cadre.support.web.StrictJson.MultilineText;

/** Body of {@code POST /api/units/{unitId}/briefings}. */
record RecordBriefingRequest(@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,63}", message = "field.id") String briefingId,
		@NotNull LocalDate heldOn, @NotBlank @Size(max = 500) String title,
		@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 80) String> documents,
		@Min(1) @Max(1_000_000) int attendances, @Size(max = 1000) @MultilineText String reason) {

}
