package vn.cadre.assignments.unit;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadre.assignments.document.CitesLegalBasis;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitName;

/** Give a unit a new official name from a date. */
public record RenameUnit(@TargetAggregateIdentifier UnitId unitId, UnitName name, LocalDate effectiveOn,
		String legalBasis) implements CitesLegalBasis {

}
