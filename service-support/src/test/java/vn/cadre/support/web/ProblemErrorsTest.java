package vn.cadre.support.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cadre.support.testing.Problems;
import vn.cadre.support.testing.RawHttp;
import vn.cadre.support.app.SupportTestApplication;
import vn.cadre.support.security.Role;
import vn.cadre.support.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error is an RFC 9457 problem, from whichever layer refuses the request: Tomcat
 * before any servlet, Spring Security's firewall and its 401 and 403, the request limits,
 * the error page, and what a controller throws that no advice of the service maps.
 */
@SpringBootTest(classes = SupportTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cadre.http.max-body-bytes=1KB", "spring.application.name=support-test" })
class ProblemErrorsTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@DynamicPropertySource
	static void users(DynamicPropertyRegistry registry) {
		registry.add("cadre.security.users-file", TestUsers::file);
	}

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anEncodedSlashInThePath_refusedByTomcat_isAProblem() throws Exception {
		assertProblem(RawHttp.get(this.port, "/api/..%2f..%2fetc/passwd"), 400);
	}

	@Test
	void anOverLongHeader_refusedByTomcat_isAProblem() throws Exception {
		RawHttp.Answer answer = RawHttp.get(this.port, "/api/me", "X-Filler: " + "a".repeat(20_000));
		assertThat(answer.status()).isBetween(400, 431);
		assertProblem(answer, answer.status());
	}

	@Test
	void encodedDotSegments_refusedByTheFirewall_areABadRequestProblem() throws Exception {
		assertProblem(RawHttp.get(this.port, "/api/%2e%2e/admin-only", Problems.signedInAs(Role.ADMIN)), 400);
	}

	@Test
	void aPathParameter_refusedByTheFirewall_isABadRequestProblem() throws Exception {
		assertProblem(RawHttp.get(this.port, "/api/me;x=1", Problems.signedInAs(Role.VIEWER)), 400);
	}

	@Test
	void noCredentials_is401Problem_withTheSchemes() throws Exception {
		RawHttp.Answer answer = RawHttp.get(this.port, "/api/me");
		assertProblem(answer, 401);
		assertThat(answer.header("WWW-Authenticate")).contains("Basic realm=\"cadre-ledger\"");
	}

	@Test
	void aRoleThatMayNot_is403Problem() throws Exception {
		assertProblem(RawHttp.get(this.port, "/api/admin-only", Problems.signedInAs(Role.VIEWER)), 403);
	}

	@Test
	void theErrorPage_askedForDirectly_isNotFound_forAnyone() throws Exception {
		assertProblem(RawHttp.get(this.port, "/error"), 404);
		assertProblem(RawHttp.get(this.port, "/error", Problems.signedInAs(Role.ADMIN)), 404);
		assertProblem(RawHttp.get(this.port, "/error", "Accept: text/html"), 404);
	}

	@Test
	void anUnmappedPath_isNotFoundProblem() throws Exception {
		assertProblem(RawHttp.get(this.port, "/api/nothing-here", Problems.signedInAs(Role.VIEWER)), 404);
	}

	@Test
	void aConstraintViolation_is400_namingTheParameter() throws Exception {
		JsonNode problem = assertProblem(
				RawHttp.get(this.port, "/api/checked?from=-1", Problems.signedInAs(Role.VIEWER)), 400);
		assertThat(problem.at("/errors/0/field").asText()).isEqualTo("from");
	}

	@Test
	void aParameterMvcValidates_is400_namingIt() throws Exception {
		JsonNode problem = assertProblem(
				RawHttp.get(this.port, "/api/counted?size=0", Problems.signedInAs(Role.VIEWER)), 400);
		assertThat(problem.at("/errors/0/field").asText()).isEqualTo("size");
	}

	@Test
	void aMistypedOrMissingParameter_is400_namingIt() throws Exception {
		JsonNode mistyped = assertProblem(
				RawHttp.get(this.port, "/api/typed?page=abc", Problems.signedInAs(Role.VIEWER)), 400);
		JsonNode missing = assertProblem(RawHttp.get(this.port, "/api/typed", Problems.signedInAs(Role.VIEWER)), 400);
		assertThat(mistyped.at("/errors/0/field").asText()).isEqualTo("page");
		assertThat(missing.at("/errors/0/field").asText()).isEqualTo("page");
	}

	@Test
	void anUnexpectedFailure_is500Problem_tellingNothingOfTheInternals() throws Exception {
		RawHttp.Answer answer = RawHttp.get(this.port, "/api/boom", Problems.signedInAs(Role.VIEWER));
		assertProblem(answer, 500);
		assertThat(answer.body()).doesNotContain("secret", "mongodb", "IllegalStateException");
	}

	@Test
	void aBodyOverTheLimit_is413Problem() throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/echo"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("\"" + "a".repeat(2_000) + "\""))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(problem.get("status").asInt()).isEqualTo(413);
		assertThat(problem.get("detail").asText()).contains("1024 bytes");
	}

	static JsonNode assertProblem(RawHttp.Answer answer, int status) throws Exception {
		JsonNode problem = Problems.assertProblem(answer, status);
		assertThat(answer.body()).doesNotContainIgnoringCase("<html").doesNotContain("\tat ", "Exception");
		assertThat(problem.get("detail").asText()).contains(" / ");
		return problem;
	}

}
