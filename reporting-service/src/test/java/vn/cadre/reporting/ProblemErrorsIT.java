package vn.cadre.reporting;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cadre.support.security.Role;
import vn.cadre.support.testing.RawHttp;

import static vn.cadre.support.testing.Problems.assertProblem;
import static vn.cadre.support.testing.Problems.signedInAs;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side's errors are RFC 9457 problems from every layer: a parameter out of range
 * is a 400 naming it, and refusals before any controller are problems too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemErrorsIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String TOPIC = "cadre.events.problems." + RUN;

	private static final String DIGESTS = "cadre.digests.problems." + RUN;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		ReadSideTesting.servers(registry, "problem_errors_" + RUN, TOPIC);
		registry.add("cadre.reporting.digest-topic", () -> DIGESTS);
	}

	@BeforeAll
	static void topics() throws Exception {
		try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", TestInfrastructure.kafkaBootstrap()))) {
			admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1), new NewTopic(DIGESTS, 1, (short) 1)))
				.all()
				.get();
		}
	}

	@LocalServerPort
	private int port;

	@Test
	void aNegativeEvidenceLimit_is400_namingTheParameter() throws Exception {
		JsonNode problem = assertProblem(RawHttp.get(this.port, "/api/measures?period=two-level-model&evidenceLimit=-1",
				signedInAs(Role.VIEWER)), 400);
		assertThat(problem.at("/errors/0/parameter").asText()).isEqualTo("evidenceLimit");
	}

	@Test
	void refusalsBeforeAnyController_areProblems() throws Exception {
		assertProblem(RawHttp.get(this.port, "/api/..%2f..%2fadmin/rebuilds"), 400);
		assertProblem(RawHttp.get(this.port, "/api/units;x=1", signedInAs(Role.VIEWER)), 400);
		assertProblem(RawHttp.get(this.port, "/api/units", "X-Filler: " + "a".repeat(20_000)), 400);
		assertProblem(RawHttp.get(this.port, "/api/units"), 401);
		assertProblem(RawHttp.get(this.port, "/api/audit/events", signedInAs(Role.VIEWER)), 403);
		assertProblem(RawHttp.get(this.port, "/error", signedInAs(Role.ADMIN)), 404);
	}

}
