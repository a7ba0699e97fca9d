package vn.cadre.assignments.person;

import java.util.Optional;
import java.util.function.Supplier;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.person.PersonId;

/**
 * A person's origin as their aggregate knows it, loaded through Axon's repository: always
 * current, never a projection that could lag behind the command being decided. The person
 * is loaded in the caller's unit of work (a command's, or the one a preview reads in and
 * rolls back), so it is read once however often the decision asks.
 */
public class RepositoryPersonOrigins implements PersonOrigins {

	private final Supplier<Repository<Person>> persons;

	/** The repository is asked for late: Axon builds it after the beans. */
	public RepositoryPersonOrigins(Supplier<Repository<Person>> persons) {
		this.persons = persons;
	}

	/** Asked within a unit of work: a command's, or a preview's own. */
	@Override
	public Optional<Origin> originOf(PersonId personId) {
		try {
			return Optional.ofNullable(this.persons.get().load(personId.value()).invoke(Person::origin));
		}
		catch (AggregateNotFoundException ex) {
			return Optional.empty();
		}
	}

}
