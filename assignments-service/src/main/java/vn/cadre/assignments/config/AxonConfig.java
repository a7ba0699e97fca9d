package vn.cadre.assignments.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
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
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import vn.cadre.assignments.eventstore.EventStoreCollections;
import vn.cadre.assignments.eventstore.MongoEventStorageEngine;
import vn.cadre.assignments.publishing.KafkaEventPublisher;
import vn.cadre.assignments.unit.AdministrativeUnit;
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

	@Bean
	EventStorageEngine eventStorageEngine(MongoClient mongo, AssignmentsProperties properties,
			@Qualifier("eventSerializer") Serializer eventSerializer, Serializer serializer) {
		return MongoEventStorageEngine.builder()
			.collections(EventStoreCollections.in(mongo.getDatabase(properties.database())))
			.gapTimeout(properties.gapTimeout())
			.serializeWrites(properties.serializeEventStoreWrites())
			.eventSerializer(eventSerializer)
			.snapshotSerializer(serializer)
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
	ConfigurerModule aggregates() {
		return configurer -> configurer.configureAggregate(AdministrativeUnit.class);
	}

	/**
	 * A failed publication must stop the publisher rather than be logged and skipped: the
	 * processor then retries with back-off and its token does not move past an event
	 * Kafka has not acknowledged.
	 */
	@Bean
	ConfigurerModule publicationFailuresStopThePublisher() {
		return configurer -> configurer.eventProcessing()
			.registerListenerInvocationErrorHandler(KafkaEventPublisher.PROCESSING_GROUP,
					c -> PropagatingErrorHandler.instance());
	}

}
