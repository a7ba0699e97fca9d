package vn.cadre.assignments;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cadre.support.security.Role;
import vn.cadre.support.testing.TestInfrastructure;
import vn.cadre.support.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in, on the real server: a browser's form session and its CSRF token, a script's
 * password, an identity provider's tokens (valid, expired, signed by someone else, from
 * another issuer), and the roles a token's claim grants. The identity provider is a small
 * HTTP server on loopback that the service finds as production finds one: from
 * {@code issuer-uri}, through the provider's discovery document and key set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final KeyPair TRUSTED = rsa();

	private static final AtomicInteger DISCOVERIES = new AtomicInteger();

	private static final HttpServer PROVIDER = identityProvider();

	private static final String ISSUER = issuerOf(PROVIDER);

	private static final KeyPair STRANGER = rsa();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("spring.data.mongodb.uri", TestInfrastructure::mongoUri);
		registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrap);
		registry.add("cadre.assignments.database", () -> "security_it_" + RUN);
		registry.add("cadre.assignments.topic", () -> "cadre.events.security." + RUN);
		registry.add("cadre.security.users-file", TestUsers::file);
		registry.add("cadre.security.jwt.roles-claim", () -> "realm_access.roles");
		registry.add("cadre.security.jwt.role-prefix", () -> "cadre-");
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
	}

	/**
	 * Its discovery document and its public key, as a realm of an identity provider
	 * serves them.
	 */
	private static HttpServer identityProvider() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			String issuer = issuerOf(server);
			server.createContext("/realms/cadre/.well-known/openid-configuration", exchange -> {
				DISCOVERIES.incrementAndGet();
				answer(exchange, "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer
						+ "/certs\",\"subject_types_supported\":[\"public\"]}");
			});
			server.createContext("/realms/cadre/certs", exchange -> answer(exchange,
					new JWKSet(new RSAKey.Builder((RSAPublicKey) TRUSTED.getPublic()).keyID("k1").build()).toString()));
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String issuerOf(HttpServer server) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/cadre";
	}

	private static void answer(HttpExchange exchange, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@AfterAll
	static void stopProvider() {
		PROVIDER.stop(0);
	}

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aFormSession_needsTheCsrfToken_forEveryChange() throws Exception {
		HttpResponse<String> page = send(get("/login"));
		String cookie = sessionCookie(page);
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", TestUsers.nameOf(Role.STAFF), "password",
					TestUsers.PASSWORD, "_csrf", csrf(page.body()))))));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		String session = sessionCookie(login);

		HttpResponse<String> forged = send(
				document(HttpRequest.newBuilder(uri("/api/documents")).header("Cookie", session), "NQ-form-" + RUN));
		String token = csrf(send(HttpRequest.newBuilder(uri("/login")).header("Cookie", session).GET()).body());
		HttpResponse<String> genuine = send(document(
				HttpRequest.newBuilder(uri("/api/documents")).header("Cookie", session).header("X-CSRF-TOKEN", token),
				"NQ-form-" + RUN));

		HttpResponse<String> crossSite = send(document(HttpRequest.newBuilder(uri("/api/documents"))
			.header("Authorization", basic(TestUsers.nameOf(Role.STAFF), TestUsers.PASSWORD))
			.header("Sec-Fetch-Site", "cross-site"), "NQ-cross-" + RUN));

		assertThat(forged.statusCode()).as("no CSRF token").isEqualTo(403);
		assertThat(crossSite.statusCode()).as("remembered Basic credentials on a cross-site form").isEqualTo(403);
		assertThat(genuine.statusCode()).isEqualTo(201);
	}

	@Test
	void aWrongPassword_anUnknownUser_andNoCredentials_get401() throws Exception {
		assertThat(send(get("/api/me").header("Authorization", basic(TestUsers.nameOf(Role.STAFF), "sai-mat-khau-123")))
			.statusCode()).isEqualTo(401);
		assertThat(
				send(get("/api/me").header("Authorization", basic("khong-ton-tai", TestUsers.PASSWORD))).statusCode())
			.isEqualTo(401);
		HttpResponse<String> anonymous = send(get("/api/me"));
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().allValues("WWW-Authenticate")).contains("Basic realm=\"cadre-ledger\"");
		assertThat(send(get("/api/me").header("Accept", "text/html")).headers().firstValue("Location").orElse(""))
			.as("a browser is sent to the login form")
			.endsWith("/login");
		HttpResponse<String> health = send(get("/actuator/health"));
		assertThat(health.statusCode()).as("health needs no sign-in").isEqualTo(200);
		assertThat(health.body()).as("but its components are for administrators").doesNotContain("components");
	}

	@Test
	void aValidToken_signsIn_withTheRolesOfItsClaim_andIsTheActor() throws Exception {
		String staff = token(TRUSTED, ISSUER, Instant.now().plusSeconds(300),
				List.of("cadre-STAFF", "ADMIN", "other-app-role"));

		HttpResponse<String> me = send(get("/api/me").header("Authorization", "Bearer " + staff));
		HttpResponse<String> command = send(
				document(HttpRequest.newBuilder(uri("/api/documents")).header("Authorization", "Bearer " + staff),
						"NQ-token-" + RUN));
		String viewer = token(TRUSTED, ISSUER, Instant.now().plusSeconds(300), List.of("cadre-VIEWER"));

		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(DISCOVERIES.get()).as("the provider was found from the issuer").isPositive();
		assertThat(me.body()).as("another application's ADMIN grants nothing")
			.contains("\"name\":\"can-bo-token\"")
			.contains("\"roles\":[\"STAFF\"]");
		assertThat(command.statusCode()).isEqualTo(201);
		assertThat(
				send(document(HttpRequest.newBuilder(uri("/api/documents")).header("Authorization", "Bearer " + viewer),
						"NQ-viewer-" + RUN))
					.statusCode())
			.as("a viewer's token issues no command")
			.isEqualTo(403);
	}

	@Test
	void expiredForgedAndForeignTokens_get401() throws Exception {
		String expired = token(TRUSTED, ISSUER, Instant.now().minusSeconds(600), List.of("STAFF"));
		String forged = token(STRANGER, ISSUER, Instant.now().plusSeconds(300), List.of("STAFF"));
		String foreign = token(TRUSTED, "https://elsewhere.example.test", Instant.now().plusSeconds(300),
				List.of("STAFF"));

		for (String token : List.of(expired, forged, foreign, "not-a-token")) {
			assertThat(send(get("/api/me").header("Authorization", "Bearer " + token)).statusCode()).isEqualTo(401);
		}
	}

	@Test
	void noOtherOrigin_mayCallFromABrowser() throws Exception {
		HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/documents"))
			.header("Origin", "https://elsewhere.example.test")
			.header("Access-Control-Request-Method", "POST")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
		HttpResponse<String> read = send(get("/api/me").header("Origin", "https://elsewhere.example.test")
			.header("Authorization", basic(TestUsers.nameOf(Role.STAFF), TestUsers.PASSWORD)));

		assertThat(preflight.statusCode()).isGreaterThanOrEqualTo(400);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	private static String token(KeyPair key, String issuer, Instant expiresAt, List<String> roles) {
		RSAKey jwk = new RSAKey.Builder((RSAPublicKey) key.getPublic()).privateKey((RSAPrivateKey) key.getPrivate())
			.keyID("k1")
			.build();
		NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(issuer)
			.subject("3f1c-subject")
			.issuedAt(expiresAt.minusSeconds(600))
			.expiresAt(expiresAt)
			.claim("preferred_username", "can-bo-token")
			.claim("realm_access", Map.of("roles", roles))
			.build();
		return encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId("k1").build(), claims))
			.getTokenValue();
	}

	private HttpRequest document(HttpRequest.Builder request, String number) {
		return request.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"number\":\"" + number + "\",\"issuedOn\":\"2025-06-16\","
					+ "\"issuer\":\"Ủy ban\",\"kind\":\"RESOLUTION\",\"title\":\"Văn bản\"}"))
			.build();
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return send(request.build());
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
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

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("the login form carries a CSRF token").isTrue();
		return matcher.group(1);
	}

	private static String form(Map<String, String> fields) {
		StringBuilder form = new StringBuilder();
		fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return form.toString();
	}

	private static String basic(String user, String password) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static KeyPair rsa() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
