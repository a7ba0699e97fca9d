package vn.cadre.kernel.person;

import java.time.LocalDate;
import java.util.Objects;

import vn.cadre.kernel.InvalidValue;
import vn.cadre.kernel.unit.UnitCode;

/**
 * Where a person comes from: the hometown unit and, if known, the unit of birth, each as
 * a code valid on a date (codes are reused across time, so a code alone does not say
 * which unit is meant).
 */
public record Origin(UnitCode hometownCode, LocalDate hometownOn, UnitCode birthplaceCode, LocalDate birthplaceOn) {

	public Origin {
		Objects.requireNonNull(hometownCode, "hometown code");
		Objects.requireNonNull(hometownOn, "hometown date");
		if ((birthplaceCode == null) != (birthplaceOn == null)) {
			throw new InvalidValue("value.birthplace");
		}
	}

	public String birthplaceCodeOrNull() {
		return (this.birthplaceCode != null) ? this.birthplaceCode.value() : null;
	}

}
