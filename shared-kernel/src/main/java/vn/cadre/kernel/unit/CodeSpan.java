package vn.cadre.kernel.unit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A code a unit carried over a period, with the unit's name then: the lineage a successor
 * inherits from its predecessors, against which locality is decided.
 *
 * @param until last day, or {@code null} while the code is still carried
 */
public record CodeSpan(String unitId, String code, String name, LocalDate from, LocalDate until) {

	public CodeSpan {
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(from, "from");
	}

}
