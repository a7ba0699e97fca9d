package vn.cadre.assignments.config;

import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import vn.cadre.assignments.briefing.Briefing;
import vn.cadre.assignments.briefing.BriefingCommandHandler;
import vn.cadre.assignments.document.CitationCheck;
import vn.cadre.assignments.document.Citations;
import vn.cadre.assignments.document.LegalDocument;
import vn.cadre.assignments.eventstore.EventStoreCollections;
import vn.cadre.assignments.person.RepositoryPersonOrigins;
import vn.cadre.assignments.person.Person;
import vn.cadre.assignments.eventstore.MongoEventStorageEngine;
import vn.cadre.assignments.publishing.KafkaEventPublisher;
import vn.cadre.assignments.publishing.Watermarks;
import vn.cadre.assignments.unit.AdministrativeUnit;
import vn.cadre.assignments.unit.LocalityPreview;
import vn.cadre.assignments.unit.MandateCommandHandler;
import vn.cadre.assignments.unit.RepositoryUnitCalendar;
import vn.cadre.assignments.unit.RestructuringCommandHandler;
import vn.cadre.assignments.unit.RepositoryCodeRegister;
import vn.cadre.assignments.unit.UnitCodeHistory;
import vn.cadre.assignments.unit.UnitLifecycleHandler;
import vn.cadre.assignments.upcasting.UnitRegisteredRevision1Upcaster;
import vn.cadre.assignments.web.CommandPositions;
import vn.cadre.kernel.EventMetadata;

/**
 * Axon without Axon Server: our MongoDB event storage engine, a MongoDB token store, and
 * no transactions (single document writes are the unit of atomicity, so the same code
 * runs on mongo-java-server and on real MongoDB).
 */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

	@Bean
	@Primary
	Serializer serializer(ObjectMapper objectMapper) {
		return jackson(objectMapper);
	}

	@Bean
	@Qualifier("eventSerializer")
	Serializer eventSerializer(ObjectMapper objectMapper) {
		return jackson(objectMapper);
	}

	private static Serializer jackson(ObjectMapper objectMapper) {
		return JacksonSerializer.builder()
			.objectMapper(objectMapper.copy())
			.revisionResolver(new KernelRevisionResolver())
			.build();
	}

	/**
	 * Snapshots hold an aggregate's private state, so their serializer reads fields
	 * rather than getters; aggregates have no getters to offer.
	 */
	@Bean
	@Qualifier("snapshotSerializer")
	Serializer snapshotSerializer(ObjectMapper objectMapper) {
		ObjectMapper fields = objectMapper.copy()
			.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
			.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
		return JacksonSerializer.builder().objectMapper(fields).build();
	}

	@Bean
	EventUpcasterChain upcasters() {
		return new EventUpcasterChain(new UnitRegisteredRevision1Upcaster());
	}

	@Bean
	EventStorageEngine eventStorageEngine(MongoClient mongo, AssignmentsProperties properties,
			@Qualifier("eventSerializer") Serializer eventSerializer,
			@Qualifier("snapshotSerializer") Serializer snapshotSerializer, EventUpcasterChain upcasters) {
		return MongoEventStorageEngine.builder()
			.collections(EventStoreCollections.in(mongo.getDatabase(properties.database())))
			.gapTimeout(properties.gapTimeout())
			.serializeWrites(properties.serializeEventStoreWrites())
			.eventSerializer(eventSerializer)
			.snapshotSerializer(snapshotSerializer)
			.upcasterChain(upcasters)
			.build();
	}

	@Bean
	EmbeddedEventStore eventStore(EventStorageEngine storageEngine) {
		return EmbeddedEventStore.builder().storageEngine(storageEngine).build();
	}

	@Bean
	TokenStore tokenStore(MongoClient mongo, AssignmentsProperties properties, Serializer serializer) {
		return MongoTokenStore.builder()
			.mongoTemplate(DefaultMongoTemplate.builder()
				.mongoDatabase(mongo, properties.database())
				.trackingTokensCollectionName("tracking_tokens")
				.build())
			.serializer(serializer)
			.transactionManager(NoTransactionManager.instance())
			.build();
	}

	/**
	 * Axon's default provider; declaring any provider bean replaces the defaults, so it
	 * is declared too.
	 */
	@Bean
	CorrelationDataProvider messageOriginProvider() {
		return new MessageOriginProvider();
	}

	@Bean
	CorrelationDataProvider commandMetadataProvider() {
		return new SimpleCorrelationDataProvider(EventMetadata.ACTOR, EventMetadata.COMMAND_ID, EventMetadata.REASON,
				EventMetadata.LEGAL_BASIS);
	}

	@Bean
	LocalityPreview localityPreview(org.axonframework.config.Configuration axon) {
		return new LocalityPreview(() -> axon.repository(AdministrativeUnit.class),
				new RepositoryPersonOrigins(() -> axon.repository(Person.class)));
	}

	/**
	 * One register of documents for the service: it remembers the numbers found to be
	 * documents', for the citation check, the briefings and the registration check alike.
	 */
	@Bean
	Citations citations(EventStore eventStore) {
		return new Citations(eventStore);
	}

	@Bean
	ConfigurerModule aggregates(AssignmentsProperties properties, Citations citations) {
		return configurer -> configurer
			.registerCommandHandler(c -> new MandateCommandHandler(c.repository(AdministrativeUnit.class),
					new RepositoryPersonOrigins(() -> c.repository(Person.class))))
			.registerCommandHandler(c -> new RestructuringCommandHandler(c.repository(AdministrativeUnit.class),
					new RepositoryCodeRegister(c.repository(UnitCodeHistory.class), streamExists(c)), streamExists(c)))
			.registerCommandHandler(c -> new UnitLifecycleHandler(c.repository(AdministrativeUnit.class),
					new RepositoryCodeRegister(c.repository(UnitCodeHistory.class), streamExists(c)), streamExists(c)))
			.registerCommandHandler(c -> new BriefingCommandHandler(c.repository(Briefing.class),
					new RepositoryUnitCalendar(c.repository(AdministrativeUnit.class)), citations))
			.configureAggregate(ownStreams(AdministrativeUnit.class).configureSnapshotTrigger(
					c -> new EventCountSnapshotTriggerDefinition(snapshotter(c.eventStore(), AdministrativeUnit.class),
							properties.snapshotThreshold())))
			.configureAggregate(ownStreams(UnitCodeHistory.class))
			.configureAggregate(ownStreams(LegalDocument.class))
			.configureAggregate(ownStreams(Person.class))
			.configureAggregate(ownStreams(Briefing.class));
	}

	/**
	 * Units, persons and the rest share one space of ids in one event store: an id that
	 * names another kind's stream is not found, rather than replayed into an aggregate
	 * that cannot take its events (which Axon refuses with an error that is no answer to
	 * give a caller).
	 */
	private static <A> AggregateConfigurer<A> ownStreams(Class<A> aggregate) {
		return AggregateConfigurer.defaultConfiguration(aggregate).configureFilterEventsByType(c -> true);
	}

	/**
	 * Axon's configuration, named in full: Spring's annotation of the same name is on
	 * this class.
	 */
	private static Predicate<String> streamExists(org.axonframework.config.Configuration configuration) {
		return id -> configuration.eventStore().lastSequenceNumberFor(id).isPresent();
	}

	/**
	 * Every command that cites a legal basis is checked against the register of documents
	 * before it runs.
	 */
	@Bean
	Registration citationCheck(CommandBus commandBus, Citations citations) {
		return commandBus.registerHandlerInterceptor(new CitationCheck(citations));
	}

	/**
	 * Every command sent from the web learns the position of the last event it stored,
	 * for its answer's {@code Cadre-Position} header.
	 */
	@Bean
	Registration commandPositionsInterceptor(CommandBus commandBus, CommandPositions positions) {
		return commandBus.registerHandlerInterceptor(positions);
	}

	/**
	 * Spring's snapshotter knows only aggregates declared as beans; ours are registered
	 * with the configurer.
	 */
	private static Snapshotter snapshotter(EventStore eventStore, Class<?> aggregateType) {
		return AggregateSnapshotter.builder()
			.eventStore(eventStore)
			.aggregateFactories(new GenericAggregateFactory<>(aggregateType))
			.transactionManager(NoTransactionManager.instance())
			.build();
	}

	/**
	 * The publisher: one tracking processor with one segment, so one instance at a time
	 * sees the global order, in batches of {@code publish-batch-size}. A failed
	 * publication must stop it rather than be logged and skipped: the processor then
	 * retries the batch with back-off and its token does not move past an event Kafka has
	 * not acknowledged. Its status tells the watermarks when it has caught up.
	 */
	@Bean
	ConfigurerModule publisher(AssignmentsProperties properties, Watermarks watermarks) {
		return configurer -> configurer.eventProcessing()
			.registerTrackingEventProcessor(KafkaEventPublisher.PROCESSING_GROUP,
					org.axonframework.config.Configuration::eventStore,
					c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
						.andInitialSegmentsCount(1)
						.andBatchSize(properties.publishBatchSize())
						.andEventTrackerStatusChangeListener(watermarks))
			.registerListenerInvocationErrorHandler(KafkaEventPublisher.PROCESSING_GROUP,
					c -> PropagatingErrorHandler.instance());
	}

}
