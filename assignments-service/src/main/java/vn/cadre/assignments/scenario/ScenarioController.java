package vn.cadre.assignments.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.scenario.Scenario;
import vn.cadre.kernel.ReadYourWrites;
import vn.cadre.scenario.ScenarioLoader;

/**
 * {@code POST /api/scenarios}: loads a scenario file (the same JSON as
 * {@code ./cadre import-scenario}) step by step through this service's own HTTP command
 * API, so every step is validated, checked and made idempotent exactly as a client's
 * command is; loading twice changes nothing. Answers with what the load did, and with the
 * highest position its steps stored ({@code Cadre-Position}), even when a step was
 * refused: the steps before it stay recorded.
 */
@RestController
@RequestMapping("/api/scenarios")
class ScenarioController {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final WebServerApplicationContext server;

	private final ObjectMapper json;

	ScenarioController(WebServerApplicationContext server, ObjectMapper json) {
		this.server = server;
		this.json = json;
	}

	@PostMapping
	ResponseEntity<ScenarioLoader.Outcome> load(@RequestBody Scenario scenario, HttpServletRequest request)
			throws IOException {
		String base = "http://127.0.0.1:" + this.server.getWebServer().getPort();
		Map<String, String> credentials = credentialsOf(request);
		ScenarioLoader.Outcome outcome = ScenarioLoader.load(scenario,
				(path, body, commandId) -> send(base + path, body, commandId, credentials), done -> {
				});
		ResponseEntity.BodyBuilder answer = ResponseEntity
			.status(outcome.complete() ? HttpStatus.OK : HttpStatus.valueOf(outcome.refusedStatus()));
		if (outcome.position() != null) {
			answer.header(ReadYourWrites.POSITION_HEADER, outcome.position().toString());
		}
		return answer.body(outcome);
	}

	/**
	 * The caller's own credentials, so each step is authorised and recorded as the
	 * caller's command: the Authorization header of a script, or the session cookie of a
	 * browser with the session's CSRF token.
	 */
	private static Map<String, String> credentialsOf(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null) {
			return Map.of(HttpHeaders.AUTHORIZATION, authorization);
		}
		Map<String, String> session = new HashMap<>();
		String cookie = request.getHeader(HttpHeaders.COOKIE);
		if (cookie != null) {
			session.put(HttpHeaders.COOKIE, cookie);
		}
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (csrf != null) {
			session.put(csrf.getHeaderName(), csrf.getToken());
		}
		return session;
	}

	private ScenarioLoader.Answer send(String url, Map<String, Object> body, String commandId,
			Map<String, String> credentials) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("X-Command-Id", commandId)
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		credentials.forEach(request::header);
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String detail = response.body();
			if (response.statusCode() >= 400 && detail.startsWith("{")) {
				JsonNode problem = this.json.readTree(detail);
				detail = problem.path("detail").asText(detail);
			}
			return new ScenarioLoader.Answer(response.statusCode(),
					"true".equals(response.headers().firstValue("X-Command-Replayed").orElse(null)), detail,
					response.headers().firstValue(ReadYourWrites.POSITION_HEADER).map(Long::valueOf).orElse(null));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

}
