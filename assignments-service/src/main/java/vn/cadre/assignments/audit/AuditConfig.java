package vn.cadre.assignments.audit;

import java.time.Clock;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.cadre.assignments.config.AssignmentsProperties;
import vn.cadre.assignments.eventstore.EventStoreCollections;
import vn.cadre.assignments.eventstore.StoredEvents;

/** The chain's parts, over the event store's database. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfig {

	@Bean
	StoredEvents storedEvents(MongoClient mongo, AssignmentsProperties properties) {
		return new StoredEvents(EventStoreCollections.in(database(mongo, properties)));
	}

	@Bean
	ChainStore chainStore(MongoClient mongo, AssignmentsProperties properties) {
		return new ChainStore(database(mongo, properties));
	}

	@Bean
	ChainSealer chainSealer(StoredEvents stored, ChainStore chain) {
		return new ChainSealer(stored, chain, Clock.systemUTC());
	}

	@Bean
	ChainVerifier chainVerifier(StoredEvents stored, ChainStore chain) {
		return new ChainVerifier(stored, chain);
	}

	private static MongoDatabase database(MongoClient mongo, AssignmentsProperties properties) {
		return mongo.getDatabase(properties.database());
	}

}
