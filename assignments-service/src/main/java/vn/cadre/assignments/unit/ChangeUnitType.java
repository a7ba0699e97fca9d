package vn.cadre.assignments.unit;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadre.assignments.document.CitesLegalBasis;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitType;

/** Change a unit's legal type within its level from {@code effectiveOn}. */
public record ChangeUnitType(@TargetAggregateIdentifier UnitId unitId, UnitType type, LocalDate effectiveOn,
		String legalBasis) implements CitesLegalBasis {

}
