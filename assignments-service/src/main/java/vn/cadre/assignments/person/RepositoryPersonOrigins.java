package vn.cadre.assignments.person;

import java.util.Optional;
import java.util.function.Supplier;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.person.PersonId;

/**
 * A person's origin as their aggregate knows it, loaded through Axon's repository: always
 * current, never a projection that could lag behind the command being decided. Inside a
 * command the person is loaded in the command's unit of work; a preview outside one reads
 * in its own and changes nothing.
 */
public class RepositoryPersonOrigins implements PersonOrigins {

	private final Supplier<Repository<Person>> persons;

	/** The repository is asked for late: Axon builds it after the beans. */
	public RepositoryPersonOrigins(Supplier<Repository<Person>> persons) {
		this.persons = persons;
	}

	@Override
	public Optional<Origin> originOf(PersonId personId) {
		if (CurrentUnitOfWork.isStarted()) {
			return load(personId);
		}
		UnitOfWork<?> reading = DefaultUnitOfWork.startAndGet(null);
		try {
			return load(personId);
		}
		finally {
			reading.rollback();
		}
	}

	private Optional<Origin> load(PersonId personId) {
		try {
			return Optional.ofNullable(this.persons.get().load(personId.value()).invoke(Person::origin));
		}
		catch (AggregateNotFoundException ex) {
			return Optional.empty();
		}
	}

}
