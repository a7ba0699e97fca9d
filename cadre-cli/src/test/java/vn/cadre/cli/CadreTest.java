package vn.cadre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** The client against a real HTTP server on loopback that answers as the services do. */
class CadreTest {

	@TempDir
	Path folder;

	private final List<String> requests = new ArrayList<>();

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private HttpServer server;

	private int status = 201;

	private String answer = "{\"unitId\":\"binh-lu\"}";

	/** Answers given in turn, before {@link #answer}. */
	private final List<String> answers = new ArrayList<>();

	@BeforeEach
	void server() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " auth="
				+ exchange.getRequestHeaders().getFirst("Authorization") + " command="
				+ exchange.getRequestHeaders().getFirst("X-Command-Id") + " " + body);
		String reply = this.answers.isEmpty() ? this.answer : this.answers.remove(0);
		byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(this.status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private int run(String... args) {
		CommandLine cadre = Cadre.commandLine();
		cadre.setOut(new PrintWriter(this.out));
		cadre.setErr(new PrintWriter(this.err));
		List<String> all = new ArrayList<>(List.of("--assignments-url", url(), "--reporting-url", url(),
				"--position-file", this.folder.resolve("position").toString()));
		all.addAll(List.of(args));
		return cadre.execute(all.toArray(String[]::new));
	}

	private String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@Test
	void aToken_isSentAsBearer_andA401_saysHowToSignIn() throws IOException {
		this.status = 401;
		this.answer = "";

		Path token = this.folder.resolve("token");
		Files.writeString(token, "eyJ.test.token\n");
		int exit = run("--token-file", token.toString(), "units", "show", "binh-lu");

		assertThat(exit).isEqualTo(Api.NOT_SERVED);
		assertThat(this.requests.get(0)).contains("auth=Bearer eyJ.test.token");
		assertThat(this.err.toString()).contains("Not signed in", "a bearer token from the file " + token,
				"--token-file");
	}

	@Test
	void theAuditLog_isAskedWithEveryFilter() {
		this.answer = "{\"items\":[]}";

		int exit = run("audit-log", "--unit", "binh-lu", "--actor", "can-bo-07", "--type", "PositionAssigned", "--type",
				"AssignmentEnded", "--valid-from", "2025-07-01", "--recorded-to", "2026-01-01T00:00:00Z");

		assertThat(exit).isZero();
		assertThat(this.requests.get(0)).startsWith("GET /api/audit/events?page=0&size=50&unitId=binh-lu"
				+ "&actor=can-bo-07&type=PositionAssigned&type=AssignmentEnded&validFrom=2025-07-01"
				+ "&recordedTo=2026-01-01T00%3A00%3A00Z ");
	}

	@Test
	void theAuditLog_readsOnAfterAPosition() {
		this.answer = "{\"items\":[]}";

		int exit = run("audit-log", "--person", "p-07", "--size", "500", "--after", "120000");

		assertThat(exit).isZero();
		assertThat(this.requests.get(0))
			.startsWith("GET /api/audit/events?page=0&size=500&personId=p-07&after=120000 ");
	}

	@Test
	void withoutAReadablePasswordFile_nothingIsSent() {
		run("--password-file", this.folder.resolve("absent").toString(), "units", "show", "binh-lu");

		assertThat(this.requests.get(0)).contains("auth=null");
	}

	@Test
	void help_listsEveryCommandGroup() {
		CommandLine cadre = Cadre.commandLine();
		cadre.setOut(new PrintWriter(this.out));

		assertThat(cadre.execute("--help")).isZero();
		assertThat(this.out.toString()).contains("documents", "units", "people", "mandates", "briefings", "measures",
				"rebuild", "dead-letters");
	}

	@Test
	void aCommand_sendsTheApisRequest_andPrintsTheAnswer() throws IOException {
		Path password = this.folder.resolve("password");
		Files.writeString(password, "mat-khau-thu-nghiem\n");
		int exit = run("--user", "can-bo-07", "--password-file", password.toString(), "--command-id", "cmd-1", "units",
				"register", "--id", "binh-lu", "--code", "03390", "--name", "Xã Bình Lư", "--type", "commune",
				"--established-on", "2025-07-01", "--basis", "1670/NQ-UBTVQH15");

		assertThat(exit).isZero();
		assertThat(this.out.toString()).contains("binh-lu");
		assertThat(this.requests).hasSize(1);
		String request = this.requests.get(0);
		String basic = java.util.Base64.getEncoder()
			.encodeToString("can-bo-07:mat-khau-thu-nghiem".getBytes(StandardCharsets.UTF_8));
		assertThat(request).startsWith("POST /api/units auth=Basic " + basic + " command=cmd-1 ");
		JsonNode body = new ObjectMapper().readTree(request.substring(request.indexOf('{')));
		assertThat(body.path("type").asText()).isEqualTo("COMMUNE");
		assertThat(body.path("name").asText()).isEqualTo("Xã Bình Lư");
		assertThat(body.has("parentId")).as("options not given are left out").isFalse();
	}

	@Test
	void aMerger_sendsEveryPredecessor() {
		run("units", "merge", "--code", "03390", "--name", "Xã Bình Lư", "--type", "COMMUNE", "--effective-on",
				"2025-07-01", "--predecessor", "tam-duong", "--predecessor", "son-binh", "--basis", "1670/NQ-UBTVQH15");

		assertThat(this.requests.get(0)).startsWith("POST /api/restructurings/mergers")
			.contains("\"predecessorIds\":[\"tam-duong\",\"son-binh\"]");
	}

	@Test
	void aResolution_isSentFromItsFile_asWritten(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("resolution.json");
		Files.writeString(file, """
				{"effectiveOn": "2025-07-01", "legalBasis": "1670/NQ-UBTVQH15",
				 "formations": [{"code": "03390", "name": "Bình Lư", "type": "COMMUNE",
				   "sources": [{"unitId": "tam-duong", "share": "WHOLE"}, {"unitId": "son-binh", "share": "PART"}]}]}
				""");

		int exit = run("units", "restructure", file.toString());

		assertThat(exit).isZero();
		assertThat(this.requests.get(0)).startsWith("POST /api/restructurings ")
			.contains("{\"unitId\":\"son-binh\",\"share\":\"PART\"}");
	}

	@Test
	void aResolutionFileThatIsNotJson_isRefusedBeforeAnythingIsSent(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("resolution.json");
		Files.writeString(file, "effectiveOn: 2025-07-01");

		int exit = run("units", "restructure", file.toString());

		assertThat(exit).isEqualTo(Api.REFUSED);
		assertThat(this.requests).isEmpty();
		assertThat(this.err.toString()).contains("resolution.json");
	}

	@Test
	void aCorrection_sendsOnlyWhatWasGiven_andAnAppointmentSaysWhetherItIsConcurrent() throws Exception {
		run("mandates", "correct", "--unit", "binh-lu", "--mandate", "m1", "--from", "2025-07-15", "--reason",
				"Ghi sai ngày", "--basis", "07-QĐ/ĐU");
		run("mandates", "assign", "--unit", "binh-lu", "--post", "COUNCIL_CHAIR", "--person", "can-bo-01", "--from",
				"2025-07-01", "--no-concurrent", "--basis", "05-QĐ/TU");

		String correction = this.requests.get(0);
		assertThat(correction).startsWith("POST /api/units/binh-lu/mandates/m1/correct");
		JsonNode body = new ObjectMapper().readTree(correction.substring(correction.indexOf('{')));
		assertThat(body.path("reason").asText()).isEqualTo("Ghi sai ngày");
		assertThat(body.has("personId")).isFalse();
		assertThat(this.requests.get(1)).contains("\"concurrent\":false");
	}

	@Test
	void rebuild_followsTheProgressUntilDone() {
		this.status = 200;
		this.answers.addAll(List.of("{\"id\":\"r1\",\"state\":\"RUNNING\"}",
				"{\"id\":\"r1\",\"state\":\"RUNNING\",\"done\":50,\"total\":200,\"perSecond\":100.0,\"secondsLeft\":2}",
				"{\"id\":\"r1\",\"state\":\"DONE\",\"done\":200,\"total\":200,\"perSecond\":100.0}"));

		int exit = run("rebuild", "--poll", "PT0.01S");

		assertThat(exit).isZero();
		assertThat(this.requests.get(0)).startsWith("POST /admin/rebuild");
		assertThat(this.out.toString()).contains("25% 50/200 events, 100/s, ~2s left")
			.contains("100% 200/200 events")
			.contains("Done");
	}

	@Test
	void consistencyCheck_printsEachDifference_andExitsNonZero() {
		this.status = 200;
		this.answers.addAll(List.of("{\"id\":\"c1\",\"state\":\"RUNNING\"}",
				"{\"id\":\"c1\",\"state\":\"DONE\",\"done\":40,\"total\":40,\"differences\":"
						+ "[{\"collection\":\"units\",\"id\":\"u-3\",\"kind\":\"DIFFERENT\",\"fields\":[\"name\"]}]}"));

		int exit = run("rebuild", "--check", "--poll", "PT0.01S");

		assertThat(exit).isEqualTo(1);
		assertThat(this.requests.get(0)).startsWith("POST /admin/consistency-check");
		assertThat(this.out.toString()).contains("1 khác biệt").contains("units u-3 DIFFERENT [\"name\"]");
	}

	@Test
	void measures_askTheReportingServiceWithTheScopeAndPeriod() {
		this.status = 200;
		run("measures", "show", "--unit", "binh-lu", "--period", "old-model", "--known-at", "2026-06-30T00:00:00Z");

		assertThat(this.requests.get(0)).startsWith(
				"GET /api/measures?scope=LINEAGE&unitId=binh-lu&period=old-model&knownAt=2026-06-30T00%3A00%3A00Z");
	}

	@Test
	void aRefusal_printsTheProblem_andExitsNonZero() {
		this.status = 409;
		this.answer = "{\"status\":409,\"detail\":\"Chức danh Bí thư cấp ủy đã có người giữ\",\"rule\":\"PostAlreadyHeld\"}";

		int exit = run("mandates", "assign", "--unit", "binh-lu", "--post", "PARTY_SECRETARY", "--person", "can-bo-01",
				"--from", "2025-07-01", "--basis", "05-QĐ/TU");

		assertThat(exit).isEqualTo(Api.REFUSED);
		assertThat(this.err.toString()).contains("409").contains("đã có người giữ");
	}

	@Test
	void queries_goToTheReportingService() {
		this.status = 200;
		run("units", "show", "binh-lu");

		assertThat(this.requests.get(0)).startsWith("GET /api/units/binh-lu");
	}

	@Test
	void anUnreachableService_isNamed_withAHint() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		CommandLine cadre = Cadre.commandLine();
		cadre.setErr(new PrintWriter(this.err));

		int exit = cadre.execute("--assignments-url", "http://127.0.0.1:" + closedPort, "documents", "register",
				"--number", "12-QĐ/ĐU", "--issued-on", "2026-01-24", "--issuer", "Đảng ủy", "--kind", "regulation",
				"--title", "Quy định");

		assertThat(exit).isEqualTo(Api.UNREACHABLE);
		assertThat(this.err.toString()).contains("Cannot reach").contains("./run-local");
	}

}
