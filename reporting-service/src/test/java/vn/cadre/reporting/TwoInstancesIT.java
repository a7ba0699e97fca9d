package vn.cadre.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.support.security.Role;
import vn.cadre.support.testing.TestInfrastructure;
import vn.cadre.support.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two reporting-service instances share a read-model database and a consumer group: the
 * partitions are split between them, and when one leaves mid-stream the other resumes its
 * partitions from their checkpoints. Every event is applied, none twice. A rebuild runs
 * on one of them at a time.
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
			try (ConfigurableApplicationContext first = start(TOPIC);
					ConfigurableApplicationContext second = start(TOPIC)) {
				RestTemplate reader = reader(first);
				publish(TOPIC, 0, 40);
				awaitUnits(reader, 40);
				assertThat(awaitMembersHoldingTopic(admin, 2)).as("both instances hold partitions of the topic")
					.isEqualTo(2);

				second.close();
				publish(TOPIC, 40, 80);
				awaitUnits(reader, 80);
			}
		}
	}

	/**
	 * Every rebuild builds the same next generation and empties it first: one started on
	 * the second instance while the first's runs would empty the first's work, which the
	 * first would then serve.
	 */
	@Test
	void aRebuildAskedOfOneInstance_whileTheOtherRebuilds_isRefused_andTheNextMayStartOnceItEnds() throws Exception {
		String topic = TOPIC + ".rebuild";
		try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", TestInfrastructure.kafkaBootstrap()))) {
			admin.createTopics(List.of(new NewTopic(topic, 4, (short) 1))).all().get();
		}
		try (ConfigurableApplicationContext first = start(topic);
				ConfigurableApplicationContext second = start(topic)) {
			publish(topic, 0, 40);
			awaitUnits(reader(first), 40);

			// signed in once before, so the refusals below come well within the rebuild's
			// two seconds of switching at the least
			List.of(first, second).forEach(TwoInstancesIT::signInOnce);
			String running = (String) user(first, Role.ADMIN).postForObject("/admin/rebuild", null, Map.class)
				.get("id");
			assertThatThrownBy(() -> user(second, Role.ADMIN).postForObject("/admin/rebuild", null, Map.class))
				.isInstanceOfSatisfying(HttpClientErrorException.class, refused -> {
					assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
					assertThat(refused.getResponseBodyAsString()).contains(running);
				});
			assertThatThrownBy(
					() -> user(second, Role.ADMIN).postForObject("/admin/consistency-check", null, Map.class))
				.isInstanceOfSatisfying(HttpClientErrorException.class,
						refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
			assertThat(awaitEnd(first, running)).isEqualTo("DONE");

			String next = (String) user(second, Role.ADMIN).postForObject("/admin/rebuild", null, Map.class).get("id");
			assertThat(awaitEnd(second, next)).isEqualTo("DONE");
			awaitUnits(reader(first), 40);
		}
	}

	/**
	 * A rebuild whose process stalled past its claim's lease finds the claim taken over
	 * when it wakes: it stops, leaves the generation to the one that took it, and the
	 * served generation stays.
	 */
	@Test
	void aRebuildWhoseClaimWasTakenOver_stops_withoutTouchingTheGenerationOrWhatIsServed() throws Exception {
		String topic = TOPIC + ".lapsed";
		try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", TestInfrastructure.kafkaBootstrap()))) {
			admin.createTopics(List.of(new NewTopic(topic, 4, (short) 1))).all().get();
		}
		try (ConfigurableApplicationContext instance = start(topic, "--cadre.reporting.rebuild-claim=3s");
				MongoClient mongo = MongoClients.create(TestInfrastructure.mongoUri())) {
			publish(topic, 0, 40);
			awaitUnits(reader(instance), 40);
			MongoCollection<Document> state = mongo.getDatabase(topic.replace('.', '_'))
				.getCollection("read_model_generations");

			String stalled = (String) user(instance, Role.ADMIN).postForObject("/admin/rebuild", null, Map.class)
				.get("id");
			// another instance takes the claim over, as it would once this one's lease
			// had run out, and starts writing the generation
			state.updateOne(Filters.eq("_id", "read-models"),
					Updates.set("building", new Document("id", "taken-over").append("renewedAt", new Date())));
			MongoCollection<Document> takerWrote = mongo.getDatabase(topic.replace('.', '_'))
				.getCollection("units__g2");
			takerWrote.insertOne(new Document("_id", "written by the rebuild that took over"));

			assertThat(awaitEnd(instance, stalled)).isEqualTo("FAILED");
			assertThat(user(instance, Role.ADMIN).getForObject("/admin/rebuild", Map.class).get("error").toString())
				.contains("took over");
			Document generations = state.find(Filters.eq("_id", "read-models")).first();
			assertThat(generations.getInteger("serving", 1)).as("still served").isEqualTo(1);
			assertThat(generations.get("building", Document.class).getString("id")).isEqualTo("taken-over");
			assertThat(takerWrote.countDocuments(Filters.eq("_id", "written by the rebuild that took over")))
				.as("the generation it was building, left to the one that took it over")
				.isEqualTo(1);
			awaitUnits(reader(instance), 40);
		}
	}

	private static void signInOnce(ConfigurableApplicationContext instance) {
		try {
			user(instance, Role.ADMIN).getForObject("/admin/rebuild", Map.class);
		}
		catch (HttpClientErrorException.NotFound none) {
			// no rebuild yet: signed in all the same
		}
	}

	private static String awaitEnd(ConfigurableApplicationContext instance, String id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			Map<?, ?> status = user(instance, Role.ADMIN).getForObject("/admin/rebuild", Map.class);
			if (id.equals(status.get("id")) && !"RUNNING".equals(status.get("state"))) {
				return (String) status.get("state");
			}
			Thread.sleep(100);
		}
		throw new AssertionError("rebuild " + id + " did not end");
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

	private static ConfigurableApplicationContext start(String topic, String... more) {
		List<String> arguments = new ArrayList<>(
				List.of("--server.port=0", "--spring.data.mongodb.uri=" + TestInfrastructure.mongoUri(),
						"--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrap(),
						"--cadre.reporting.database=" + topic.replace('.', '_'), "--cadre.reporting.topic=" + topic,
						"--cadre.reporting.group-prefix=" + topic + ".", "--spring.jmx.enabled=false",
						"--cadre.security.users-file=" + TestUsers.file()));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(ReportingApplication.class).run(arguments.toArray(String[]::new));
	}

	private static RestTemplate reader(ConfigurableApplicationContext context) {
		return user(context, Role.VIEWER);
	}

	private static RestTemplate user(ConfigurableApplicationContext context, Role role) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port)
			.basicAuthentication(TestUsers.nameOf(role), TestUsers.PASSWORD)
			.build();
	}

	private static void publish(String topic, int from, int to) throws Exception {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap()),
				new StringSerializer(), new StringSerializer())) {
			for (int i = from; i < to; i++) {
				String unitId = "two-" + RUN + "-" + i;
				UnitRegistered registered = new UnitRegistered(unitId, "%05d".formatted(i), "Xã " + i, UnitType.COMMUNE,
						null, LocalDate.of(2025, 7, 1), "1670/NQ-UBTVQH15");
				PublishedEvent event = new PublishedEvent(UUID.randomUUID().toString(), UnitRegistered.class.getName(),
						"1", i + 1, "AdministrativeUnit", unitId, 0, Instant.now(), Map.of(), registered);
				producer.send(new ProducerRecord<>(topic, unitId, JSON.writeValueAsString(event))).get();
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
