package vn.cadre.assignments;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

import static vn.cadre.support.testing.Problems.assertProblem;
import static vn.cadre.support.testing.Problems.signedInAs;
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
		JsonNode problem = assertProblem(RawHttp.get(this.port, "/api/audit/verify?from=-1", signedInAs(Role.AUDITOR)),
				400);
		assertThat(problem.at("/errors/0/field").asText()).isEqualTo("from");
	}

	@Test
	void theServicesOwnMappings_stillWin_overTheFallbacksCatchAll() throws Exception {
		HttpResponse<String> rename = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/units/khong-co/rename"))
				.header("Authorization", signedInAs(Role.STAFF).substring("Authorization: ".length()))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"name\":\"Bình Lư Mới\",\"effectiveOn\":\"2026-03-01\",\"legalBasis\":\"1670/NQ-UBTVQH15\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode problem = assertProblem(
				RawHttp.get(this.port, "/api/audit/verify?from=5&to=2", signedInAs(Role.AUDITOR)), 400);

		assertThat(rename.statusCode()).as("an unknown unit or citation, mapped by ApiErrors: " + rename.body())
			.isIn(404, 422);
		assertThat(problem.get("detail").asText()).isEqualTo("to phải ≥ from / to must not be before from");
		assertThat(problem.get("field").asText()).isEqualTo("to");
	}

	/**
	 * What is refused before any rule of the history is asked (a field's form, a value
	 * the kernel refuses, a command that cannot be valid, a header, a sign-in) is said in
	 * the language the request accepts, and in both when it names neither.
	 */
	@Test
	void refusalsBeforeAnyRule_areSaidInTheLanguageAsked() throws Exception {
		String badId = "{\"unitId\":\"-x\",\"code\":\"03390\",\"name\":\"Bình Lư\",\"type\":\"COMMUNE\","
				+ "\"establishedOn\":\"2025-07-01\",\"legalBasis\":\"1670/NQ-UBTVQH15\"}";
		JsonNode vi = body(post("/api/units", badId, "vi", null));
		assertThat(vi.get("detail").asText()).isEqualTo("Dữ liệu không hợp lệ");
		assertThat(vi.at("/errors/0/field").asText()).isEqualTo("unitId");
		assertThat(vi.at("/errors/0/message").asText()).isEqualTo("gồm 1 đến 64 chữ cái, chữ số hoặc gạch ngang");
		JsonNode neither = body(post("/api/units", badId, null, null));
		assertThat(neither.at("/errors/0/message").asText())
			.isEqualTo("gồm 1 đến 64 chữ cái, chữ số hoặc gạch ngang / must be 1 to 64 letters, digits or dashes");

		JsonNode unknownField = body(post("/api/units/x/rename", "{\"nmae\":\"Bình Lư\"}", "en", null));
		assertThat(unknownField.at("/errors/0/field").asText()).isEqualTo("nmae");
		assertThat(unknownField.at("/errors/0/message").asText()).isEqualTo("is not a field of this request");

		String twice = "{\"successorId\":\"binh-lu-" + RUN + "\",\"code\":\"03390\",\"name\":\"Bình Lư\","
				+ "\"type\":\"COMMUNE\",\"parentId\":\"lai-chau\",\"predecessorIds\":[\"a\",\"a\"],\"effectiveOn\":\"2025-07-01\","
				+ "\"legalBasis\":\"1670/NQ-UBTVQH15\"}";
		HttpResponse<String> merger = post("/api/restructurings/mergers", twice, "vi-VN,vi;q=0.9", null);
		assertThat(merger.statusCode()).as(merger.body()).isEqualTo(400);
		assertThat(body(merger).get("detail").asText()).isEqualTo("Một đơn vị trước được kê hai lần");

		HttpResponse<String> commandId = post("/api/restructurings/mergers", twice, "en", "not a command id");
		assertThat(commandId.statusCode()).isEqualTo(400);
		assertThat(body(commandId).get("detail").asText())
			.isEqualTo("X-Command-Id must be 1 to 100 letters, digits or . _ : -");

		assertThat(assertProblem(RawHttp.get(this.port, "/api/me", "Accept-Language: vi"), 401).get("detail").asText())
			.isEqualTo("Cần đăng nhập");
	}

	private HttpResponse<String> post(String path, String json, String language, String commandId) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", signedInAs(Role.STAFF).substring("Authorization: ".length()))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		if (commandId != null) {
			request.header("X-Command-Id", commandId);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode body(HttpResponse<String> response) throws Exception {
		return JSON.readTree(response.body());
	}

	@Test
	void refusalsBeforeAnyController_areProblems() throws Exception {
		assertProblem(RawHttp.get(this.port, "/api/..%2f..%2fadmin/users"), 400);
		assertProblem(RawHttp.get(this.port, "/api/%2e%2e/admin/users", signedInAs(Role.STAFF)), 400);
		assertProblem(RawHttp.get(this.port, "/api/me;x=1", signedInAs(Role.STAFF)), 400);
		assertProblem(RawHttp.get(this.port, "/api/me"), 401);
		assertProblem(RawHttp.get(this.port, "/admin/users", signedInAs(Role.VIEWER)), 403);
		assertProblem(RawHttp.get(this.port, "/error"), 404);
	}

}
