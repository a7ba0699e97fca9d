package vn.cadre.assignments;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cadre.support.security.Role;
import vn.cadre.support.testing.RawHttp;
import vn.cadre.support.testing.TestInfrastructure;
import vn.cadre.support.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side's errors are RFC 9457 problems from every layer, and the service's own
 * mappings still win over service-support's fallback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemErrorsIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final ObjectMapper JSON = new ObjectMapper();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("spring.data.mongodb.uri", TestInfrastructure::mongoUri);
		registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrap);
		registry.add("cadre.assignments.database", () -> "problem_errors_" + RUN);
		registry.add("cadre.assignments.topic", () -> "cadre.events.problems." + RUN);
		registry.add("cadre.security.users-file", TestUsers::file);
	}

	@LocalServerPort
	private int port;

	@Test
	void aVerificationFromBeforeTheFirstPosition_is400_namingTheParameter() throws Exception {
		JsonNode problem = problem(RawHttp.get(this.port, "/api/audit/verify?from=-1", as(Role.AUDITOR)), 400);
		assertThat(problem.at("/errors/0/field").asText()).isEqualTo("from");
	}

	@Test
	void theServicesOwnMappings_stillWin_overTheFallbacksCatchAll() throws Exception {
		HttpResponse<String> rename = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/units/khong-co/rename"))
				.header("Authorization", as(Role.STAFF).substring("Authorization: ".length()))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"name\":\"Bình Lư Mới\",\"effectiveOn\":\"2026-03-01\",\"legalBasis\":\"1670/NQ-UBTVQH15\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode problem = problem(RawHttp.get(this.port, "/api/audit/verify?from=5&to=2", as(Role.AUDITOR)), 400);

		assertThat(rename.statusCode()).as("an unknown unit or citation, mapped by ApiErrors: " + rename.body())
			.isIn(404, 422);
		assertThat(problem.get("detail").asText()).isEqualTo("to phải ≥ from / to must not be before from");
	}

	@Test
	void refusalsBeforeAnyController_areProblems() throws Exception {
		problem(RawHttp.get(this.port, "/api/..%2f..%2fadmin/users"), 400);
		problem(RawHttp.get(this.port, "/api/%2e%2e/admin/users", as(Role.STAFF)), 400);
		problem(RawHttp.get(this.port, "/api/me;x=1", as(Role.STAFF)), 400);
		problem(RawHttp.get(this.port, "/api/me"), 401);
		problem(RawHttp.get(this.port, "/admin/users", as(Role.VIEWER)), 403);
		problem(RawHttp.get(this.port, "/error"), 404);
	}

	private static JsonNode problem(RawHttp.Answer answer, int status) throws Exception {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(answer.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asText()).isNotBlank();
		assertThat(problem.get("detail").asText()).isNotBlank();
		return problem;
	}

	private static String as(Role role) {
		return "Authorization: Basic " + Base64.getEncoder()
			.encodeToString((TestUsers.nameOf(role) + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

}
