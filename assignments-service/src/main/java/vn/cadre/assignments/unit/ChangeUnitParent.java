package vn.cadre.assignments.unit;

import java.time.LocalDate;

import vn.cadre.assignments.document.CitesLegalBasis;
import vn.cadre.kernel.unit.UnitId;

/**
 * Move a unit under another parent from {@code effectiveOn} (its district abolished, its
 * province merged); {@code parentId} null leaves it without one, as a province.
 */
public record ChangeUnitParent(UnitId unitId, UnitId parentId, LocalDate effectiveOn,
		String legalBasis) implements CitesLegalBasis {

}
