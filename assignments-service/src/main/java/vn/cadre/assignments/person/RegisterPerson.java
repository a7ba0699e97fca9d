package vn.cadre.assignments.person;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.person.PersonId;

/** Enter a person into the register with their origin. */
public record RegisterPerson(@TargetAggregateIdentifier PersonId personId, String name, int birthYear, Origin origin) {

}
