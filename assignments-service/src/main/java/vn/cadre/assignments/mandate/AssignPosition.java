package vn.cadre.assignments.mandate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadre.assignments.document.CitesLegalBasis;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.person.PersonId;
import vn.cadre.kernel.post.PostCode;
import vn.cadre.kernel.unit.UnitId;

/**
 * Assign a person to a post in a unit for a period, citing the decision. Locality is
 * decided from the person's origin unless staff override it with a reason.
 */
public record AssignPosition(@TargetAggregateIdentifier UnitId unitId, String mandateId, PostCode postCode,
		PersonId personId, DateRange period, LocalityOverride localityOverride,
		String legalBasis) implements CitesLegalBasis {

}
