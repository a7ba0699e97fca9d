package vn.cadre.assignments.unit.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.cadre.kernel.unit.UnitName;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.support.web.StrictJson.MultilineText;

/**
 * Body of {@code POST /api/restructurings/mergers}: the new successor and the units
 * merged into it.
 */
record MergeCommunesRequest(@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,63}", message = "field.id") String successorId,
		@NotBlank @Pattern(regexp = "\\d{5}", message = "field.commune-code") String code,
		@NotBlank @Size(max = UnitName.MAX_LENGTH) String name, @NotNull UnitType type, @Size(max = 64) String parentId,
		@NotNull LocalDate effectiveOn,
		@NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 64) String> predecessorIds,
		@NotBlank @Size(max = 80) String legalBasis, @Size(max = 1000) @MultilineText String reason) {

}
