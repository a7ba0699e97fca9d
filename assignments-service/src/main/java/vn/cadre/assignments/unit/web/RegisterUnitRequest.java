package vn.cadre.assignments.unit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.cadre.kernel.unit.UnitName;
import vn.cadre.kernel.unit.UnitType;

/** Body of {@code POST /api/units}. */
record RegisterUnitRequest(
		@NotBlank @Pattern(regexp = "\\d{2}|\\d{3}|\\d{5}", message = "must be 2, 3 or 5 digits") String code,
		@NotBlank @Size(max = UnitName.MAX_LENGTH) String name, @NotNull UnitType type, @Size(max = 64) String parentId,
		@NotNull LocalDate establishedOn, @NotBlank @Size(max = 80) String legalBasis) {

}
