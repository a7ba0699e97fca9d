package vn.cadre.assignments.person;

import java.util.Optional;

import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.person.PersonId;

/**
 * The command side's own lookup of a person's current origin, for rules of other
 * aggregates.
 */
public interface PersonOrigins {

	Optional<Origin> originOf(PersonId personId);

}
