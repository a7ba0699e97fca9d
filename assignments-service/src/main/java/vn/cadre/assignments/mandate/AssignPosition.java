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
 *
 * @param concurrent whether the decision appoints the person concurrently (kiêm nhiệm)
 * with another post they hold in the unit; {@code null} when it does not say. When it
 * says, the holder's other mandates must agree.
 */
public record AssignPosition(@TargetAggregateIdentifier UnitId unitId, String mandateId, PostCode postCode,
		PersonId personId, DateRange period, LocalityOverride localityOverride, Boolean concurrent,
		String legalBasis) implements CitesLegalBasis {

}
