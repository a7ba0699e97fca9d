package vn.cadre.assignments.person;

import java.time.LocalDate;
import java.util.Optional;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.person.OriginCorrected;
import vn.cadre.kernel.person.PersonId;
import vn.cadre.kernel.person.PersonRegistered;
import vn.cadre.kernel.unit.UnitCode;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's origin as the rules of other aggregates read it: through the person's
 * aggregate, as last corrected, within the caller's unit of work; the repository is built
 * as the service builds it, reading only the person's own stream.
 */
class RepositoryPersonOriginsTest {

	private static final LocalDate SINCE = LocalDate.of(2019, 1, 1);

	private final EmbeddedEventStore store = EmbeddedEventStore.builder()
		.storageEngine(new InMemoryEventStorageEngine())
		.build();

	private final PersonOrigins origins = new RepositoryPersonOrigins(
			() -> EventSourcingRepository.builder(Person.class).eventStore(this.store).filterByAggregateType().build());

	@Test
	void theOriginLastRecorded_isFound() {
		this.store.publish(event("can-bo-07", 0,
				new PersonRegistered("can-bo-07", "Cán bộ 07", 1980, "03413", SINCE, null, null)));
		this.store.publish(event("can-bo-07", 1,
				new OriginCorrected("can-bo-07", "03390", SINCE, "03413", SINCE, "Hồ sơ ghi nhầm quê quán")));
		Origin corrected = new Origin(new UnitCode("03390"), SINCE, new UnitCode("03413"), SINCE);

		assertThat(originOf("can-bo-07")).contains(corrected);
	}

	@Test
	void noPerson_orAnotherAggregatesId_hasNoOrigin() {
		this.store.publish(event("binh-lu", 0, new UnitRegistered("binh-lu", "03390", "Bình Lư", UnitType.COMMUNE, null,
				LocalDate.of(2025, 7, 1), "1670/NQ-UBTVQH15")));

		assertThat(originOf("can-bo-99")).isEmpty();
		assertThat(originOf("binh-lu")).isEmpty();
	}

	/** Asked as a command or a preview asks: within a unit of work. */
	private Optional<Origin> originOf(String personId) {
		UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
		try {
			return this.origins.originOf(new PersonId(personId));
		}
		finally {
			command.rollback();
		}
	}

	private static GenericDomainEventMessage<Object> event(String aggregateId, long sequence, Object payload) {
		String type = (payload instanceof UnitRegistered) ? "AdministrativeUnit" : "Person";
		return new GenericDomainEventMessage<>(type, aggregateId, sequence, payload);
	}

}
