package vn.cadre.assignments.unit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.cadre.kernel.unit.UnitName;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.support.web.StrictJson.MultilineText;

/**
 * Body of {@code POST /api/units}. A client may choose the unit id, which makes a retry
 * after a lost response safe: a registration that was stored answers 409 instead of
 * creating a second unit.
 */
record RegisterUnitRequest(@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,63}", message = "field.id") String unitId,
		@NotBlank @Pattern(regexp = "\\d{2}|\\d{3}|\\d{5}", message = "field.unit-code") String code,
		@NotBlank @Size(max = UnitName.MAX_LENGTH) String name, @NotNull UnitType type, @Size(max = 64) String parentId,
		@NotNull LocalDate establishedOn, @NotBlank @Size(max = 80) String legalBasis,
		@Size(max = 1000) @MultilineText String reason) {

}
