package vn.cadre.assignments.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.person.PersonId;

/** Replace a person's recorded origin, saying why it was wrong. */
public record CorrectOrigin(@TargetAggregateIdentifier PersonId personId, Origin origin, String reason) {

}
