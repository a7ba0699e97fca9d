package vn.cadre.assignments.person;

import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.person.OriginCorrected;
import vn.cadre.kernel.person.PersonId;
import vn.cadre.kernel.person.PersonRegistered;
import vn.cadre.kernel.unit.UnitCode;

/**
 * Reads a person's origin from their events in the event store: always current, never a
 * projection that could lag behind the command being decided.
 */
public class EventStorePersonOrigins implements PersonOrigins {

	private final EventStore eventStore;

	public EventStorePersonOrigins(EventStore eventStore) {
		this.eventStore = eventStore;
	}

	@Override
	public Optional<Origin> originOf(PersonId personId) {
		Origin origin = null;
		DomainEventStream events = this.eventStore.readEvents(personId.value());
		while (events.hasNext()) {
			DomainEventMessage<?> event = events.next();
			if (event.getPayload() instanceof PersonRegistered registered) {
				origin = origin(registered.hometownCode(), registered.hometownOn(), registered.birthplaceCode(),
						registered.birthplaceOn());
			}
			else if (event.getPayload() instanceof OriginCorrected corrected) {
				origin = origin(corrected.hometownCode(), corrected.hometownOn(), corrected.birthplaceCode(),
						corrected.birthplaceOn());
			}
		}
		return Optional.ofNullable(origin);
	}

	static Origin origin(String hometown, java.time.LocalDate hometownOn, String birthplace,
			java.time.LocalDate birthplaceOn) {
		return new Origin(new UnitCode(hometown), hometownOn, (birthplace != null) ? new UnitCode(birthplace) : null,
				birthplaceOn);
	}

}
