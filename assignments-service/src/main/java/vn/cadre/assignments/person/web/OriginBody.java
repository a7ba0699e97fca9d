package vn.cadre.assignments.person.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.unit.UnitCode;

/** The origin part of a request: unit codes with the day on which each is valid. */
record OriginBody(@NotNull @Pattern(regexp = "\\d{2}|\\d{3}|\\d{5}", message = "field.unit-code") String hometownCode,
		@NotNull LocalDate hometownOn,
		@Pattern(regexp = "\\d{2}|\\d{3}|\\d{5}", message = "field.unit-code") String birthplaceCode,
		LocalDate birthplaceOn) {

	Origin toOrigin() {
		return new Origin(new UnitCode(this.hometownCode), this.hometownOn,
				(this.birthplaceCode != null) ? new UnitCode(this.birthplaceCode) : null, this.birthplaceOn);
	}

}
