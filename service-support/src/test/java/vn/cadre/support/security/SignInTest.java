package vn.cadre.support.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cadre.support.app.SupportTestApplication;
import vn.cadre.support.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in on a real server: failed passwords are limited per user name, for HTTP Basic
 * and the login form alike, and a browser that signed in lands on a page that tells it
 * where to go. The window is long enough for three bcrypt checks on a busy machine.
 */
@SpringBootTest(classes = SupportTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cadre.security.sign-in-limit.max-failures-per-user=3",
				"cadre.security.sign-in-limit.max-failures-per-address=1000", "cadre.security.sign-in-limit.window=12s",
				"spring.application.name=support-test" })
class SignInTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

	private static final ObjectMapper JSON = new ObjectMapper();

	@DynamicPropertySource
	static void users(DynamicPropertyRegistry registry) {
		registry.add("cadre.security.users-file", TestUsers::file);
	}

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void wrongPasswords_overTheLimit_get429_evenWithTheRightOne_untilTheWindowPasses() throws Exception {
		String staff = TestUsers.nameOf(Role.STAFF);
		for (int i = 0; i < 3; i++) {
			assertThat(me(staff, "sai-mat-khau-" + i).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> refused = me(staff, TestUsers.PASSWORD);
		HttpResponse<String> otherUser = me(TestUsers.nameOf(Role.VIEWER), TestUsers.PASSWORD);

		assertTooMany(refused);
		assertThat(otherUser.statusCode()).as("another user from the same address").isEqualTo(200);
		long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 12L);
		Thread.sleep(retryAfter * 1000 + 200);
		assertThat(me(staff, TestUsers.PASSWORD).statusCode()).as("after the window").isEqualTo(200);
	}

	@Test
	void wrongPasswords_onTheLoginForm_overTheLimit_get429() throws Exception {
		String auditor = TestUsers.nameOf(Role.AUDITOR);
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> failed = login(auditor, "sai-mat-khau-" + i);
			assertThat(failed.statusCode()).isEqualTo(302);
			assertThat(failed.headers().firstValue("Location").orElseThrow()).contains("error");
		}

		assertTooMany(login(auditor, TestUsers.PASSWORD));
		HttpResponse<String> browser = login(auditor, TestUsers.PASSWORD, "text/html,application/xhtml+xml");
		assertThat(browser.statusCode()).as("a browser goes back to the form, which says how long to wait")
			.isEqualTo(302);
		assertThat(browser.headers().firstValue("Location").orElseThrow()).matches(".*/login\\?locked=\\d+");
		assertThat(browser.headers().firstValue("Retry-After")).isPresent();
	}

	@Test
	void afterTheLoginForm_theBrowserLands_onAPageNamingTheUserAndTheApi() throws Exception {
		HttpResponse<String> login = login(TestUsers.EVERYONE, TestUsers.PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		URI landing = uri("/").resolve(login.headers().firstValue("Location").orElseThrow());

		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(landing)
			.header("Cookie", sessionCookie(login))
			.header("Accept", "text/html")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(landing.getPath()).isEqualTo("/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).contains("support-test", TestUsers.EVERYONE, "ADMIN, AUDITOR, STAFF, VIEWER",
				"href=\"api/me\"", "href=\"api/checked\"", "action=\"logout\"");
	}

	private static void assertTooMany(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("detail").asText()).contains("Too many failed sign-ins");
	}

	private HttpResponse<String> me(String user, String password) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri("/api/me"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> login(String user, String password) throws Exception {
		return login(user, password, "*/*");
	}

	private HttpResponse<String> login(String user, String password, String accept) throws Exception {
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
		String form = form(Map.of("username", user, "password", password, "_csrf", csrf.group(1)));
		return this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Cookie", sessionCookie(page))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.map((cookie) -> cookie.split(";", 2)[0])
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie"));
	}

	private static String form(Map<String, String> fields) {
		StringBuilder form = new StringBuilder();
		fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return form.toString();
	}

}
