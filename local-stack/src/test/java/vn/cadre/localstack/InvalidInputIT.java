package vn.cadre.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a careless or hostile client sends, against both services of the real stack: each
 * bad request gets a 4xx problem+json naming what is wrong, and the event store holds
 * exactly what it held before. A new endpoint joins by adding its rows to {@link #cases}.
 * Requests go over a raw socket so that nothing on the client's side repairs them first
 * (paths, header bytes, duplicate keys). The class runs on the stack the scenario's
 * classes leave ({@link ScenarioStack#changing()}), whatever they changed in it: it cites
 * the scenario's resolution and adds units and a person of its own, with codes and ids
 * the scenario and the official table do not use.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvalidInputIT {

	enum Service {

		ASSIGNMENTS, REPORTING

	}

	/** One bad request and what must come back. */
	record Case(String what, Service service, String method, String target, String body, String reason, int status,
			String names) {

		@Override
		public String toString() {
			return this.what;
		}

	}

	/** The resolution the scenario registered. */
	private static final String BASIS = "1670/NQ-UBTVQH15";

	private static final String ORIGIN = "\"origin\":{\"hometownCode\":\"99992\",\"hometownOn\":\"2025-07-01\"}";

	private static final String PERSON = "{\"personId\":\"can-bo-92\",\"name\":%s,\"birthYear\":%s," + ORIGIN + "}";

	private static final String UNIT = "{\"code\":\"99995\",\"name\":\"Xã Thử\",\"type\":\"COMMUNE\","
			+ "\"establishedOn\":%s,\"legalBasis\":\"" + BASIS + "\"}";

	private static final String MANDATE = "{\"postCode\":\"%s\",\"personId\":\"can-bo-91\",\"from\":\"%s\"%s,"
			+ "\"legalBasis\":\"" + BASIS + "\"}";

	private static final String BRIEFING = "{\"heldOn\":\"2025-08-01\",\"title\":%s,\"documents\":[\"35-CT/TW\"],"
			+ "\"attendances\":%s}";

	private static final String MEASURES = "/api/measures?scope=UNIT&unitId=xa-thu-moi&from=2025-07-01&until=2025-12-31";

	private ScenarioStack.Shared shared;

	private LocalStack stack;

	private MongoClient eventStore;

	private String password;

	@BeforeAll
	void start() throws Exception {
		this.shared = ScenarioStack.changing();
		this.stack = this.shared.stack();
		this.password = Files.readString(this.stack.settings().adminPasswordFile()).strip();
		this.eventStore = MongoClients.create("mongodb://127.0.0.1:" + this.stack.settings().eventStorePort());
		expectAccepted("POST", "/api/units", "{\"unitId\":\"xa-thu-cu\",\"code\":\"99991\",\"name\":\"Xã Thử Cũ\","
				+ "\"type\":\"COMMUNE\",\"establishedOn\":\"2020-01-01\",\"legalBasis\":\"" + BASIS + "\"}");
		expectAccepted("POST", "/api/units/xa-thu-cu/dissolve", "{\"lastDay\":\"2025-06-30\",\"legalBasis\":\"" + BASIS
				+ "\",\"reason\":\"Sắp xếp đơn vị hành chính\"}");
		expectAccepted("POST", "/api/units",
				"{\"unitId\":\"xa-thu-moi\",\"code\":\"99992\","
						+ "\"name\":\"Xã Thử Mới\",\"type\":\"COMMUNE\",\"establishedOn\":\"2025-07-01\","
						+ "\"legalBasis\":\"" + BASIS + "\"}");
		expectAccepted("POST", "/api/people",
				"{\"personId\":\"can-bo-91\",\"name\":\"Cán bộ 91\",\"birthYear\":1980," + ORIGIN + "}");
	}

	@AfterAll
	void stop() {
		if (this.eventStore != null) {
			this.eventStore.close();
		}
		// its units and person are in the stack now: of no use to a later class
		if (this.shared != null) {
			ScenarioStack.close(this.shared);
		}
	}

	Stream<Case> cases() {
		return Stream.of(
				// text a person would not see, or would see disguised
				command("NUL in a person's name", "/api/people", PERSON.formatted("\"Cán\\u0000bộ\"", "1980"), 400,
						"name"),
				command("ANSI escape and BEL in a briefing title", "/api/units/xa-thu-moi/briefings",
						BRIEFING.formatted("\"\\u001b[31mHội nghị\\u0007\"", "10"), 400, "title"),
				command("a bidi override in a name", "/api/people", PERSON.formatted("\"\\u202eCán bộ\"", "1980"), 400,
						"name"),
				command("zero-width characters only", "/api/people", PERSON.formatted("\"\\u200b\\u200b\"", "1980"),
						400, "name"),
				command("white space only", "/api/people", PERSON.formatted("\"   \"", "1980"), 400, "name"),
				command("a lone surrogate", "/api/people", PERSON.formatted("\"Cán \\ud800bộ\"", "1980"), 400, "name"),
				// days
				command("a day as a JSON number", "/api/units", UNIT.formatted("20250101"), 400, "establishedOn"),
				command("a day in year +99999", "/api/units", UNIT.formatted("\"+99999-01-01\""), 400, "establishedOn"),
				command("year zero", "/api/units", UNIT.formatted("\"0000-01-01\""), 400, "establishedOn"),
				command("an open end written as 9999-12-31", "/api/units/xa-thu-moi/mandates",
						MANDATE.formatted("PARTY_SECRETARY", "2025-07-01", ",\"until\":\"9999-12-31\""), 400, "until"),
				// coercion and shape
				command("a fraction for a birth year", "/api/people", PERSON.formatted("\"Cán bộ 92\"", "1980.7"), 400,
						"birthYear"),
				command("a fraction for attendances", "/api/units/xa-thu-moi/briefings",
						BRIEFING.formatted("\"Hội nghị\"", "2.5"), 400, "attendances"),
				command("a number given as a text", "/api/people", PERSON.formatted("\"Cán bộ 92\"", "\"1980\""), 400,
						"birthYear"),
				command("trailing content after the body", "/api/people",
						PERSON.formatted("\"Cán bộ 92\"", "1980") + " {}", 400, "trailing"),
				command("a duplicate key", "/api/people",
						PERSON.formatted("\"Cán bộ 92\"", "1980")
							.replace("{\"personId\"", "{\"name\":\"X\",\"personId\""),
						400, "name"),
				command("an unknown field", "/api/people",
						PERSON.formatted("\"Cán bộ 92\"", "1980").replace("}}", "},\"nickname\":\"X\"}"), 400,
						"nickname"),
				// rules
				command("an open-ended mandate in a unit that has ended", "/api/units/xa-thu-cu/mandates",
						MANDATE.formatted("PARTY_SECRETARY", "2025-06-01", ""), 409, "2025-06-30"),
				command("an unknown post", "/api/units/xa-thu-moi/mandates",
						MANDATE.formatted("NO_SUCH_POST", "2025-07-01", ""), 422, "postCode"),
				new Case("a Vietnamese reason in a header", Service.ASSIGNMENTS, "POST",
						"/api/units/xa-thu-moi/mandates", MANDATE.formatted("PARTY_SECRETARY", "2025-07-01", ""),
						"Bổ nhiệm lại", 400, "reason"),
				new Case("an unknown field in a body the read side takes", Service.REPORTING, "PUT",
						"/admin/users/can-bo-09",
						"{\"password\":\"mật khẩu đủ mười hai\",\"roles\":[\"VIEWER\"],\"nickname\":\"X\"}", null, 400,
						"nickname"),
				// reads and paths
				query("an operator for a unit code", Service.REPORTING,
						"/api/units?code=" + URLEncoder.encode("{\"$gt\":\"\"}", StandardCharsets.UTF_8), "code"),
				query("a negative page", Service.REPORTING, "/api/units?page=-1", "page"),
				query("a page of a hundred thousand", Service.REPORTING, "/api/units?size=100000", "size"),
				query("a negative evidence limit", Service.REPORTING, MEASURES + "&evidenceLimit=-1", "evidenceLimit"),
				query("a day without dashes", Service.REPORTING, MEASURES.replace("2025-07-01", "20250701"), "from"),
				query("a negative chain position", Service.ASSIGNMENTS, "/api/audit/verify?from=-1", "from"),
				new Case("a path that climbs out", Service.REPORTING, "GET", "/api/..%2f..%2fetc", null, null, 400,
						"status"),
				new Case("the error page asked for directly", Service.ASSIGNMENTS, "GET", "/error", null, null, 404,
						"status"));
	}

	private static Case command(String what, String path, String body, int status, String names) {
		return new Case(what, Service.ASSIGNMENTS, "POST", path, body, null, status, names);
	}

	private static Case query(String what, Service service, String target, String names) {
		return new Case(what, service, "GET", target, null, null, 400, names);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void aBadRequest_isRefusedWithAProblemNamingIt_andStoresNothing(Case bad) throws IOException {
		long before = storedEvents();

		Answer answer = send(bad.service(), bad.method(), bad.target(), bad.body(), bad.reason());

		assertThat(answer.status()).as(answer.text()).isEqualTo(bad.status());
		assertThat(answer.contentType()).as(answer.text()).startsWith("application/problem+json");
		assertThat(answer.body()).as(answer.text()).containsIgnoringCase(bad.names());
		assertThat(storedEvents()).as("events stored").isEqualTo(before);
	}

	private long storedEvents() {
		return this.eventStore.getDatabase("cadre_assignments").getCollection("event_commits").countDocuments();
	}

	private void expectAccepted(String method, String path, String body) throws IOException {
		Answer answer = send(Service.ASSIGNMENTS, method, path, body, null);
		assertThat(answer.status()).as(answer.text()).isBetween(200, 299);
	}

	/**
	 * A status line, the headers that matter here and the body, as the server sent them.
	 */
	record Answer(int status, String contentType, String body, String text) {

	}

	private Answer send(Service service, String method, String target, String body, String reason) throws IOException {
		int port = (service == Service.ASSIGNMENTS) ? this.stack.settings().assignmentsPort()
				: this.stack.settings().reportingPort();
		byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		StringBuilder head = new StringBuilder().append(method)
			.append(' ')
			.append(target)
			.append(" HTTP/1.1\r\nHost: 127.0.0.1:")
			.append(port)
			.append("\r\nAuthorization: Basic ")
			.append(Base64.getEncoder().encodeToString(("admin:" + this.password).getBytes(StandardCharsets.UTF_8)))
			.append("\r\nAccept: application/json, application/problem+json\r\nConnection: close\r\n");
		if (body != null) {
			head.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
		}
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
		if (reason != null) {
			// the bytes a client sends when it writes Vietnamese into a header as UTF-8
			request.writeBytes(("X-Reason: " + reason + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		request.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		request.writeBytes(content);
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toByteArray());
			out.flush();
			InputStream in = socket.getInputStream();
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return parse(text);
		}
	}

	private static Answer parse(String text) {
		int end = text.indexOf("\r\n\r\n");
		List<String> lines = List.of(text.substring(0, (end < 0) ? text.length() : end).split("\r\n"));
		int status = Integer.parseInt(lines.get(0).split(" ")[1]);
		String contentType = lines.stream()
			.filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
			.map(line -> line.substring("content-type:".length()).strip())
			.findFirst()
			.orElse("");
		return new Answer(status, contentType, (end < 0) ? "" : text.substring(end + 4), text);
	}

}
