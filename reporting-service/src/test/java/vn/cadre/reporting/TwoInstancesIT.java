package vn.cadre.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestTemplate;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.support.security.Role;
import vn.cadre.support.testing.TestInfrastructure;
import vn.cadre.support.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two reporting-service instances share a read-model database and a consumer group: the
 * partitions are split between them, and when one leaves mid-stream the other resumes its
 * partitions from their checkpoints. Every event is applied, none twice.
 */
class TwoInstancesIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String TOPIC = "cadre.events.two." + RUN;

	/** The register's consumer group, both instances' and no other test's. */
	private static final String GROUP = TOPIC + ".unit-register";

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	@Test
	void twoInstances_shareThePartitions_andOneTakesOverWhenTheOtherLeaves() throws Exception {
		try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", TestInfrastructure.kafkaBootstrap()))) {
			admin.createTopics(List.of(new NewTopic(TOPIC, 4, (short) 1))).all().get();
			try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
				RestTemplate reader = reader(first);
				publish(0, 40);
				awaitUnits(reader, 40);
				assertThat(awaitMembersHoldingTopic(admin, 2)).as("both instances hold partitions of the topic")
					.isEqualTo(2);

				second.close();
				publish(40, 80);
				awaitUnits(reader, 80);
			}
		}
	}

	/**
	 * The group rebalances whenever any member joins, so its assignment is read once it
	 * has settled.
	 */
	private static long awaitMembersHoldingTopic(AdminClient admin, int expected) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		long holding = 0;
		while (System.nanoTime() < deadline) {
			holding = admin.describeConsumerGroups(List.of(GROUP))
				.all()
				.get()
				.get(GROUP)
				.members()
				.stream()
				.filter(member -> member.assignment()
					.topicPartitions()
					.stream()
					.anyMatch(partition -> partition.topic().equals(TOPIC)))
				.count();
			if (holding == expected) {
				return holding;
			}
			Thread.sleep(300);
		}
		return holding;
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(ReportingApplication.class).run("--server.port=0",
				"--spring.data.mongodb.uri=" + TestInfrastructure.mongoUri(),
				"--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrap(),
				"--cadre.reporting.database=two_instances_" + RUN, "--cadre.reporting.topic=" + TOPIC,
				"--cadre.reporting.group-prefix=" + TOPIC + ".", "--spring.jmx.enabled=false",
				"--cadre.security.users-file=" + TestUsers.file());
	}

	private static RestTemplate reader(ConfigurableApplicationContext context) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port)
			.basicAuthentication(TestUsers.nameOf(Role.VIEWER), TestUsers.PASSWORD)
			.build();
	}

	private static void publish(int from, int to) throws Exception {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap()),
				new StringSerializer(), new StringSerializer())) {
			for (int i = from; i < to; i++) {
				String unitId = "two-" + RUN + "-" + i;
				UnitRegistered registered = new UnitRegistered(unitId, "%05d".formatted(i), "Xã " + i, UnitType.COMMUNE,
						null, LocalDate.of(2025, 7, 1), "1670/NQ-UBTVQH15");
				PublishedEvent event = new PublishedEvent(UUID.randomUUID().toString(), UnitRegistered.class.getName(),
						"1", i + 1, "AdministrativeUnit", unitId, 0, Instant.now(), Map.of(), registered);
				producer.send(new ProducerRecord<>(TOPIC, unitId, JSON.writeValueAsString(event))).get();
			}
		}
	}

	private static void awaitUnits(RestTemplate reader, int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		int seen = 0;
		while (System.nanoTime() < deadline) {
			seen = reader.getForObject("/api/units?size=500", List.class).size();
			if (seen == count) {
				return;
			}
			assertThat(seen).as("never more units than events").isLessThanOrEqualTo(count);
			Thread.sleep(300);
		}
		throw new AssertionError("expected " + count + " units, saw " + seen);
	}

}
