package vn.cadre.assignments.person;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.person.OriginCorrected;
import vn.cadre.kernel.person.PersonRegistered;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person who may hold posts; registering an id twice fails as a duplicate aggregate.
 */
public class Person {

	@AggregateIdentifier
	private String personId;

	private Origin origin;

	protected Person() {
	}

	@CommandHandler
	public Person(RegisterPerson command) {
		Origin origin = command.origin();
		apply(new PersonRegistered(command.personId().value(), command.name().strip(), command.birthYear(),
				origin.hometownCode().value(), origin.hometownOn(), origin.birthplaceCodeOrNull(),
				origin.birthplaceOn()));
	}

	@CommandHandler
	void handle(CorrectOrigin command) {
		if (command.origin().equals(this.origin)) {
			throw new OriginUnchanged();
		}
		Origin origin = command.origin();
		apply(new OriginCorrected(this.personId, origin.hometownCode().value(), origin.hometownOn(),
				origin.birthplaceCodeOrNull(), origin.birthplaceOn(), command.reason().strip()));
	}

	@EventSourcingHandler
	void on(PersonRegistered event) {
		this.personId = event.personId();
		this.origin = EventStorePersonOrigins.origin(event.hometownCode(), event.hometownOn(), event.birthplaceCode(),
				event.birthplaceOn());
	}

	@EventSourcingHandler
	void on(OriginCorrected event) {
		this.origin = EventStorePersonOrigins.origin(event.hometownCode(), event.hometownOn(), event.birthplaceCode(),
				event.birthplaceOn());
	}

}
