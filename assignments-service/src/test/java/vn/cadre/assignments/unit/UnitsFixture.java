package vn.cadre.assignments.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import vn.cadre.assignments.briefing.Briefing;
import vn.cadre.assignments.document.LegalDocument;
import vn.cadre.assignments.briefing.BriefingCommandHandler;
import vn.cadre.assignments.document.Citations;
import vn.cadre.kernel.briefing.BriefingRecorded;
import vn.cadre.kernel.document.DocumentNumber;
import vn.cadre.kernel.document.DocumentRegistered;
import vn.cadre.kernel.mandate.MandateEvent;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.unit.UnitCodeEvent;
import vn.cadre.kernel.unit.UnitEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given/when/then for commands that change several aggregates in one unit of work, which
 * Axon's {@code AggregateTestFixture} (one aggregate per fixture) cannot express: the
 * real handlers and repositories over an in-memory event store.
 */
final class UnitsFixture {

	private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();

	private final Map<String, Long> sequences = new HashMap<>();

	private final CommandGateway commands;

	private final Map<String, Origin> origins = new HashMap<>();

	UnitsFixture() {
		EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(this.storage).build();
		EventSourcingRepository<AdministrativeUnit> units = EventSourcingRepository.builder(AdministrativeUnit.class)
			.eventStore(store)
			.filterByAggregateType()
			.build();
		EventSourcingRepository<UnitCodeHistory> codes = EventSourcingRepository.builder(UnitCodeHistory.class)
			.eventStore(store)
			.filterByAggregateType()
			.build();
		SimpleCommandBus bus = SimpleCommandBus.builder().build();
		Predicate<String> exists = id -> store.lastSequenceNumberFor(id).isPresent();
		CodeRegister codeRegister = new RepositoryCodeRegister(codes, exists);
		new AnnotationCommandHandlerAdapter<>(new RestructuringCommandHandler(units, codeRegister, exists))
			.subscribe(bus);
		new AnnotationCommandHandlerAdapter<>(new UnitLifecycleHandler(units, codeRegister, exists)).subscribe(bus);
		new AnnotationCommandHandlerAdapter<>(
				new MandateCommandHandler(units, person -> Optional.ofNullable(this.origins.get(person.value()))))
			.subscribe(bus);
		EventSourcingRepository<Briefing> briefings = EventSourcingRepository.builder(Briefing.class)
			.eventStore(store)
			.filterByAggregateType()
			.build();
		new AnnotationCommandHandlerAdapter<>(
				new BriefingCommandHandler(briefings, new RepositoryUnitCalendar(units), new Citations(store)))
			.subscribe(bus);
		AggregateAnnotationCommandHandler.<AdministrativeUnit>builder()
			.aggregateType(AdministrativeUnit.class)
			.repository(units)
			.build()
			.subscribe(bus);
		this.commands = DefaultCommandGateway.builder().commandBus(bus).build();
	}

	/** What the register of people would answer for this person's origin. */
	UnitsFixture person(String personId, Origin origin) {
		this.origins.put(personId, origin);
		return this;
	}

	/** Stores past events, each in the stream of the aggregate it belongs to. */
	UnitsFixture given(Object... events) {
		for (Object event : events) {
			String aggregateId = aggregateIdOf(event);
			long sequence = this.sequences.merge(aggregateId, 1L, Long::sum) - 1;
			this.storage.appendEvents(
					List.of(new GenericDomainEventMessage<>(aggregateTypeOf(event), aggregateId, sequence, event)));
		}
		return this;
	}

	Outcome when(Object command) {
		long before = count();
		Throwable refusal = null;
		try {
			this.commands.sendAndWait(command);
		}
		catch (RuntimeException ex) {
			refusal = ex;
		}
		List<Object> appended = this.storage.readEvents(null, false)
			.skip(before)
			.map(EventMessage::getPayload)
			.collect(Collectors.toList());
		return new Outcome(appended, refusal);
	}

	private long count() {
		return this.storage.readEvents(null, false).count();
	}

	/** The aggregate's type as Axon records it: its class's simple name. */
	private static String aggregateTypeOf(Object event) {
		if (event instanceof UnitEvent || event instanceof MandateEvent) {
			return AdministrativeUnit.class.getSimpleName();
		}
		if (event instanceof UnitCodeEvent) {
			return UnitCodeHistory.class.getSimpleName();
		}
		if (event instanceof DocumentRegistered) {
			return LegalDocument.class.getSimpleName();
		}
		if (event instanceof BriefingRecorded) {
			return Briefing.class.getSimpleName();
		}
		throw new IllegalArgumentException("not an event of units, codes, documents or briefings: " + event);
	}

	private static String aggregateIdOf(Object event) {
		if (event instanceof UnitEvent unitEvent) {
			return unitEvent.unitId();
		}
		if (event instanceof MandateEvent mandateEvent) {
			return mandateEvent.unitId();
		}
		if (event instanceof UnitCodeEvent codeEvent) {
			return UnitCodeEvent.aggregateIdOf(codeEvent.code());
		}
		if (event instanceof DocumentRegistered document) {
			return new DocumentNumber(document.number()).value();
		}
		if (event instanceof BriefingRecorded briefing) {
			return briefing.briefingId();
		}
		throw new IllegalArgumentException("not an event of units, codes, documents or briefings: " + event);
	}

	record Outcome(List<Object> events, Throwable refusal) {

		Outcome expectEvents(Object... expected) {
			assertThat(this.refusal).as("refusal").isNull();
			assertThat(this.events).containsExactly(expected);
			return this;
		}

		Outcome expectEventsOfTypes(Class<?>... types) {
			assertThat(this.refusal).as("refusal").isNull();
			assertThat(this.events.stream().map(Object::getClass).toList()).containsExactly(types);
			return this;
		}

		Outcome expectException(Class<? extends Throwable> type) {
			assertThat(this.refusal).isInstanceOf(type);
			return this;
		}

		Outcome expectNoEvents() {
			assertThat(this.events).isEmpty();
			return this;
		}

	}

}
