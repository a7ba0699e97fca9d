package vn.cadre.support.testing;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.SpringApplication;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The real servers integration tests run against: mongo-java-server and a KRaft Kafka
 * broker, both in-process and started once per test JVM. Set
 * {@code CADRE_TEST_MONGODB_URI} or {@code CADRE_TEST_KAFKA_BOOTSTRAP} to run the same
 * tests against a real MongoDB or Kafka instead.
 */
public final class TestInfrastructure {

	private static MongoServer mongo;

	private static String mongoUri;

	private static EmbeddedKafkaKraftBroker kafka;

	private static String kafkaBootstrap;

	private TestInfrastructure() {
	}

	public static synchronized String mongoUri() {
		if (mongoUri == null) {
			String external = System.getenv("CADRE_TEST_MONGODB_URI");
			if (external != null && !external.isBlank()) {
				mongoUri = external;
			}
			else {
				mongo = new MongoServer(new MemoryBackend());
				InetSocketAddress address = mongo.bind();
				mongoUri = "mongodb://127.0.0.1:" + address.getPort();
				stopAfterTheContexts(mongo::shutdownNow);
			}
		}
		return mongoUri;
	}

	public static synchronized String kafkaBootstrap() {
		if (kafkaBootstrap == null) {
			String external = System.getenv("CADRE_TEST_KAFKA_BOOTSTRAP");
			if (external != null && !external.isBlank()) {
				kafkaBootstrap = external;
			}
			else {
				kafka = new EmbeddedKafkaKraftBroker(1, 3);
				kafka.brokerProperty("auto.create.topics.enable", "false");
				kafka.afterPropertiesSet();
				kafkaBootstrap = kafka.getBrokersAsString();
				stopAfterTheContexts(kafka::destroy);
			}
		}
		return kafkaBootstrap;
	}

	/**
	 * Stops a server when the test JVM ends, once Spring has closed the application
	 * contexts that use it. In a shutdown hook of its own it raced them: a context whose
	 * broker was already gone waited out its consumers' 30 s close timeout, and Surefire
	 * killed the fork.
	 */
	private static void stopAfterTheContexts(Runnable stop) {
		SpringApplication.getShutdownHandlers().add(stop);
	}

}
