package vn.cadre.assignments.unit.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.cadre.assignments.unit.RestructureUnits;
import vn.cadre.kernel.unit.UnitName;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.support.web.StrictJson.MultilineText;

/**
 * Body of {@code POST /api/restructurings}: one resolution, recorded all or nothing. The
 * limits fit the largest provincial resolution of 2025 with room to spare.
 */
record RestructureUnitsRequest(@Pattern(regexp = ID, message = "field.id") String restructuringId,
		@NotNull LocalDate effectiveOn, @NotBlank @Size(max = 80) String legalBasis,
		@Size(max = 2000) List<@NotNull @Valid FormationBody> formations,
		@Size(max = 2000) List<@NotNull @Valid EnlargementBody> enlargements,
		@Size(max = 2000) List<@NotBlank @Size(max = 64) String> continuingSources,
		@Size(max = 5000) List<@NotNull @Valid ChangeBody> changes, @Size(max = 1000) @MultilineText String reason) {

	static final String ID = "[A-Za-z0-9][A-Za-z0-9-]{0,63}";

	/** A new unit; the service chooses its id when none is given. */
	record FormationBody(@Pattern(regexp = ID, message = "field.id") String unitId,
			@NotBlank @Pattern(regexp = "\\d{2}|\\d{3}|\\d{5}", message = "field.unit-code") String code,
			@NotBlank @Size(max = UnitName.MAX_LENGTH) String name, @NotNull UnitType type,
			@Size(max = 64) String parentId, @NotEmpty @Size(max = 500) List<@NotNull @Valid SourceBody> sources) {

	}

	record EnlargementBody(@NotBlank @Size(max = 64) String unitId,
			@NotEmpty @Size(max = 500) List<@NotNull @Valid SourceBody> sources) {

	}

	/** {@code share}: {@code WHOLE} (nhập toàn bộ) or {@code PART} (nhập một phần). */
	record SourceBody(@NotBlank @Size(max = 64) String unitId, @NotNull RestructureUnits.Share share) {

	}

	/** A unit that continues, with what changes; absent fields stay as they are. */
	record ChangeBody(@NotBlank @Size(max = 64) String unitId, @Size(max = UnitName.MAX_LENGTH) String name,
			UnitType type, @Size(max = 64) String parentId) {

	}

}
