package vn.cadre.assignments.mandate;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadre.assignments.document.CitesLegalBasis;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.unit.UnitId;

/** End a mandate on its last day, with the cause and the decision. */
public record EndAssignment(@TargetAggregateIdentifier UnitId unitId, String mandateId, LocalDate lastDay,
		EndCause cause, String legalBasis) implements CitesLegalBasis {

}
