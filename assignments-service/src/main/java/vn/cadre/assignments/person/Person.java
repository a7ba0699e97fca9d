package vn.cadre.assignments.person;

import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.person.OriginCorrected;
import vn.cadre.kernel.person.PersonRegistered;
import vn.cadre.kernel.unit.UnitCode;

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

	/** Where the person is from, for the locality rule of the units they serve in. */
	Origin origin() {
		return this.origin;
	}

	@EventSourcingHandler
	void on(PersonRegistered event) {
		this.personId = event.personId();
		this.origin = origin(event.hometownCode(), event.hometownOn(), event.birthplaceCode(), event.birthplaceOn());
	}

	@EventSourcingHandler
	void on(OriginCorrected event) {
		this.origin = origin(event.hometownCode(), event.hometownOn(), event.birthplaceCode(), event.birthplaceOn());
	}

	private static Origin origin(String hometown, LocalDate hometownOn, String birthplace, LocalDate birthplaceOn) {
		return new Origin(new UnitCode(hometown), hometownOn, (birthplace != null) ? new UnitCode(birthplace) : null,
				birthplaceOn);
	}

}
