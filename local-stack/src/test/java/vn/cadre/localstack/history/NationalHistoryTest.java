package vn.cadre.localstack.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cadre.assignments.unit.AdministrativeUnit;
import vn.cadre.kernel.document.DocumentRegistered;
import vn.cadre.kernel.mandate.MandateEvent;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.person.PersonRegistered;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitSplit;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.kernel.unit.UnitsMerged;

import static org.assertj.core.api.Assertions.assertThat;

class NationalHistoryTest {

	private static final List<DomainEventMessage<?>> EVENTS = new ArrayList<>();

	private static HistoryFacts facts;

	@BeforeAll
	static void generate() {
		facts = NationalHistory.generate(7, 30_000, EVENTS::addAll);
	}

	@Test
	void sameSeed_givesTheSameHistory_anotherSeedAnother() {
		List<DomainEventMessage<?>> again = new ArrayList<>();
		NationalHistory.generate(7, 30_000, again::addAll);
		List<DomainEventMessage<?>> other = new ArrayList<>();
		NationalHistory.generate(8, 30_000, other::addAll);
		List<String> first = EVENTS.stream().map(NationalHistoryTest::describe).toList();
		assertThat(again.stream().map(NationalHistoryTest::describe).toList().equals(first)).isTrue();
		assertThat(other.stream().map(NationalHistoryTest::describe).toList().equals(first)).isFalse();
	}

	@Test
	void shape_63ProvincesInto34_communesMergedAboutThreeIntoOne_someSplit() {
		long provinces = payloads(UnitRegistered.class).stream().filter(e -> e.type() == UnitType.PROVINCE).count();
		long provincesEnded = payloads(UnitMergedInto.class).stream()
			.filter(e -> e.unitId().startsWith("tinh-"))
			.count();
		long communes = payloads(UnitRegistered.class).stream().filter(e -> e.type() == UnitType.COMMUNE).count();
		long newCommunes = payloads(UnitsMerged.class).size();
		assertThat(provinces).isEqualTo(63);
		assertThat(provinces - provincesEnded).isEqualTo(34);
		assertThat(communes).isEqualTo(facts.oldCommunes()).isEqualTo(300);
		assertThat(newCommunes).isEqualTo(facts.newCommunes()).isBetween(communes / 4, communes / 2);
		assertThat(payloads(UnitSplit.class)).isNotEmpty();
		assertThat(EVENTS).hasSize((int) facts.events());
		assertThat(facts.events()).isBetween(25_000L, 40_000L);
		assertThat(facts.corrections()).isPositive();
		assertThat(facts.rescissions()).isPositive();
		assertThat(payloads(PositionAssigned.class)).anyMatch(e -> !e.concurrentWith().isEmpty())
			.anyMatch(e -> e.locality() == vn.cadre.kernel.mandate.Locality.NON_LOCAL);
	}

	@Test
	void everyAggregatesSequence_isGapFreeFromZero() {
		Map<String, Long> next = new HashMap<>();
		for (DomainEventMessage<?> event : EVENTS) {
			long expected = next.getOrDefault(event.getAggregateIdentifier(), 0L);
			assertThat(event.getSequenceNumber()).as(event.getAggregateIdentifier()).isEqualTo(expected);
			next.put(event.getAggregateIdentifier(), expected + 1);
		}
	}

	@Test
	void everyMandateEvent_refersToAMandateAssignedBefore_inItsUnit_toARegisteredPerson_onARegisteredBasis() {
		Set<String> assigned = new HashSet<>();
		Set<String> persons = new HashSet<>();
		Set<String> documents = new HashSet<>();
		List<String> wrong = new ArrayList<>();
		for (DomainEventMessage<?> event : EVENTS) {
			Object payload = event.getPayload();
			if (payload instanceof PersonRegistered person) {
				persons.add(person.personId());
			}
			else if (payload instanceof DocumentRegistered document) {
				documents.add(document.number());
			}
			else if (payload instanceof PositionAssigned assignment) {
				if (!persons.contains(assignment.personId())) {
					wrong.add("unregistered holder: " + assignment);
				}
				assigned.add(assignment.unitId() + "/" + assignment.mandateId());
			}
			else if (payload instanceof MandateEvent mandate
					&& !assigned.contains(mandate.unitId() + "/" + mandate.mandateId())) {
				wrong.add("mandate never assigned: " + mandate);
			}
			if (!documents.contains(String.valueOf(event.getMetaData().get("legalBasis")))) {
				wrong.add("unregistered basis: " + event.getMetaData());
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(assigned).hasSizeGreaterThan(facts.oldCommunes() * 15);
	}

	@Test
	void unitsLoad_throughTheCommandSidesEngineAndAggregate() {
		try (EventStoreWriter writer = EventStoreWriter.on(new MongoServer(new MemoryBackend()))) {
			NationalHistory.generate(7, 30_000, writer);
			EventSourcingRepository<AdministrativeUnit> units = EventSourcingRepository
				.builder(AdministrativeUnit.class)
				.eventStore(EmbeddedEventStore.builder().storageEngine(writer.engine()).build())
				.build();
			for (String unitId : List.of(facts.newCommuneIds().get(0), facts.restatements().get(0).unitId(),
					"tinh-20")) {
				DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
					Aggregate<AdministrativeUnit> unit = units.load(unitId);
					assertThat(unit.version()).isPositive();
					return unit;
				});
			}
		}
	}

	private static <T> List<T> payloads(Class<T> type) {
		return EVENTS.stream().map(DomainEventMessage::getPayload).filter(type::isInstance).map(type::cast).toList();
	}

	private static String describe(DomainEventMessage<?> event) {
		return event.getIdentifier() + " " + event.getAggregateIdentifier() + "#" + event.getSequenceNumber() + " "
				+ event.getTimestamp() + " " + event.getPayload() + " " + event.getMetaData();
	}

}
