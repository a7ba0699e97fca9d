package vn.cadre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure is never reported as success: a redirect to the sign-in page, a web page
 * where JSON was asked for, a 401 or a 403 exit {@link Api#NOT_SERVED} with one message
 * naming the credentials tried and where the client looked, whatever the command.
 */
class NotServedTest {

	private static final String SECRET = "mat-khau-bi-mat-07";

	private static final String LOGIN_PAGE = "<!DOCTYPE html><html><body><form action=\"/login\">Đăng nhập</form></body></html>";

	@TempDir
	Path folder;

	private StubService service;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void service() throws IOException {
		this.service = new StubService("Accept");
	}

	@AfterEach
	void stop() {
		this.service.close();
	}

	/**
	 * An answer the services give a client that is not signed in, or another server
	 * gives.
	 */
	record Answer(String name, int status, Map<String, String> headers, String body) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static final Answer REDIRECT_TO_LOGIN = new Answer("302 to /login", 302,
			Map.of("Location", "/login", "Content-Type", "text/html"), "");

	static final Answer LOGIN_PAGE_200 = new Answer("200 text/html", 200,
			Map.of("Content-Type", "text/html;charset=UTF-8"), LOGIN_PAGE);

	static final Answer UNAUTHORIZED = new Answer("401", 401,
			Map.of("WWW-Authenticate", "Basic realm=\"cadre\"", "Content-Type", "application/problem+json"),
			"{\"status\":401,\"detail\":\"Unauthorized\"}");

	static final Answer FORBIDDEN = new Answer("403 problem+json", 403,
			Map.of("Content-Type", "application/problem+json"),
			"{\"status\":403,\"detail\":\"Không có quyền / Needs the role ADMIN\"}");

	static Stream<Arguments> answersAndCommands() {
		List<List<String>> commands = List.of(List.of("units", "show", "binh-lu"), List.of("units", "list"),
				List.of("units", "register", "--code", "03390", "--name", "Xã Bình Lư", "--type", "COMMUNE",
						"--established-on", "2025-07-01", "--basis", "1670/NQ-UBTVQH15"),
				List.of("users", "list"), List.of("verify"), List.of("rebuild"),
				List.of("dead-letters", "discard", "x"), List.of("report", "--unit", "binh-lu"),
				List.of("measures", "show", "--unit", "binh-lu", "--csv", "summary"));
		List<Arguments> cases = new ArrayList<>();
		for (Answer answer : List.of(REDIRECT_TO_LOGIN, LOGIN_PAGE_200, UNAUTHORIZED, FORBIDDEN)) {
			commands.forEach(command -> cases.add(Arguments.of(answer, command)));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("answersAndCommands")
	void anAnswerThatIsNotTheServices_isAFailure_namingTheCredentialsAndWhereTheyWereLookedFor(Answer answer,
			List<String> command) throws IOException {
		this.service.answer("", answer.status(), answer.headers(), answer.body());
		Path password = this.folder.resolve("admin-password");
		Files.writeString(password, SECRET + "\n");

		int exit = run(password, command.toArray(String[]::new));

		assertThat(exit).as(this.err.toString()).isEqualTo(Api.NOT_SERVED);
		assertThat(this.out.toString()).doesNotContain("OK (");
		assertThat(this.err.toString()).contains(Integer.toString(answer.status()))
			.contains("user \"can-bo-07\"", password.toString(), "CADRE_PASSWORD_FILE")
			.contains(this.service.url(), "CADRE_ASSIGNMENTS_URL", "CADRE_REPORTING_URL")
			.doesNotContain(SECRET)
			.doesNotContain("<html");
	}

	@Test
	void aMissingPasswordFile_isNamed_whenTheServiceRedirectsToItsSignInPage() {
		this.service.answer("", REDIRECT_TO_LOGIN.status(), REDIRECT_TO_LOGIN.headers(), "");
		Path absent = this.folder.resolve("data").resolve("admin-password");

		int exit = run(absent, "units", "show", "binh-lu");

		assertThat(exit).isEqualTo(Api.NOT_SERVED);
		assertThat(this.err.toString()).contains("Redirected", "302 to /login", "missing or unreadable",
				absent.toString());
		assertThat(this.service.requests()).as("the redirect is not followed").hasSize(1);
	}

	@Test
	void aForbiddenAnswer_saysWhatTheServiceSaid() {
		this.service.answer("", FORBIDDEN.status(), FORBIDDEN.headers(), FORBIDDEN.body());

		run(this.folder.resolve("absent"), "users", "list");

		assertThat(this.err.toString()).contains("Not allowed", "Needs the role ADMIN");
	}

	@Test
	void jsonIsAskedFor_andOnlyJson() {
		this.service.answer("", 200, Map.of(), "[]");

		assertThat(run(this.folder.resolve("absent"), "units", "list")).isZero();
		assertThat(run(this.folder.resolve("absent"), "units", "rename", "binh-lu", "--name", "Bình Lư",
				"--effective-on", "2026-03-01", "--basis", "1670/NQ-UBTVQH15"))
			.isZero();

		assertThat(this.service.requests()).extracting(request -> request.headers().get("Accept"))
			.containsOnly("application/json, application/problem+json");
	}

	@Test
	void aReportInMarkdown_isTakenAsText_butAWebPageIsNot() {
		this.service.answer("GET /api/units/binh-lu/report", 200, Map.of("Content-Type", "text/markdown;charset=UTF-8"),
				"# Báo cáo");

		assertThat(run(this.folder.resolve("absent"), "report", "--unit", "binh-lu")).isZero();
		assertThat(this.out.toString()).contains("# Báo cáo");
		assertThat(this.service.requests().get(0).headers().get("Accept"))
			.isEqualTo("text/markdown, application/problem+json");
	}

	@Test
	void aCommandOfAnImport_thatIsRedirected_stopsTheImport() throws IOException {
		this.service.answer("", REDIRECT_TO_LOGIN.status(), REDIRECT_TO_LOGIN.headers(), "");
		Path scenario = this.folder.resolve("scenario.json");
		Files.writeString(scenario, """
				{"id": "thu-nghiem", "steps": [{"command": "register-document", "body": {"number": "1670/NQ-UBTVQH15",
				  "issuedOn": "2025-06-16", "issuer": "Ủy ban Thường vụ Quốc hội", "kind": "RESOLUTION",
				  "title": "Nghị quyết"}}]}
				""");

		int exit = run(this.folder.resolve("absent"), "import-scenario", scenario.toString());

		assertThat(exit).as(this.err.toString()).isEqualTo(Api.NOT_SERVED);
		assertThat(this.err.toString()).contains("Redirected").doesNotContain("Cannot reach");
	}

	private int run(Path passwordFile, String... args) {
		CommandLine cadre = Cadre.commandLine();
		cadre.setOut(new PrintWriter(this.out));
		cadre.setErr(new PrintWriter(this.err));
		List<String> all = new ArrayList<>(List.of("--assignments-url", this.service.url(), "--reporting-url",
				this.service.url(), "--user", "can-bo-07", "--password-file", passwordFile.toString(),
				"--position-file", this.folder.resolve("position").toString(), "--no-wait"));
		all.addAll(List.of(args));
		return cadre.execute(all.toArray(String[]::new));
	}

}
