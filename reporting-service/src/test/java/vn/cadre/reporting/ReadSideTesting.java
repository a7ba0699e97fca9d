package vn.cadre.reporting;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.cadre.support.testing.TestInfrastructure;
import vn.cadre.support.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** What the read side's integration tests share: their servers, topics and admin runs. */
final class ReadSideTesting {

	private ReadSideTesting() {
	}

	/** The real in-process servers, and a database and topic of the test's own. */
	static void servers(DynamicPropertyRegistry registry, String database, String topic) {
		registry.add("spring.data.mongodb.uri", TestInfrastructure::mongoUri);
		registry.add("cadre.security.users-file", TestUsers::file);
		registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrap);
		registry.add("cadre.reporting.database", () -> database);
		registry.add("cadre.reporting.topic", () -> topic);
		registry.add("cadre.reporting.group-prefix", () -> topic + ".");
	}

	static void createTopic(String topic, int partitions) throws Exception {
		try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", TestInfrastructure.kafkaBootstrap()))) {
			admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
		}
	}

	/** Starts a rebuild or a consistency check and returns its status once it ended. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> runToEnd(TestRestTemplate http, String path, Duration timeout)
			throws InterruptedException {
		ResponseEntity<Map> started = http.postForEntity(path, null, Map.class);
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		String id = (String) started.getBody().get("id");
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Map<String, Object> status = http.getForObject("/admin/rebuild", Map.class);
			if (id.equals(status.get("id")) && !"RUNNING".equals(status.get("state"))) {
				return status;
			}
			Thread.sleep(100);
		}
		throw new AssertionError(path + " did not finish");
	}

}
