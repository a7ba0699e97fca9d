package vn.cadre.kernel.unit;

import java.time.LocalDate;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * A unit carries {@code code} from {@code from}, recorded with its registration or
 * formation.
 */
@EventRevision("1")
public record CodeAssigned(String code, String unitId, LocalDate from, String legalBasis) implements UnitCodeEvent {

	public CodeAssigned {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(legalBasis, "legalBasis");
	}

}
