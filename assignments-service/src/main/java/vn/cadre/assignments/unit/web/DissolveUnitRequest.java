package vn.cadre.assignments.unit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/units/{unitId}/dissolve}. */
record DissolveUnitRequest(@NotNull LocalDate lastDay, @NotBlank @Size(max = 80) String legalBasis) {

}
