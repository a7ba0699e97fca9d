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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command that records a reason takes {@code --reason} and sends it in the JSON
 * body, Vietnamese intact; never in a header, which carries ASCII only.
 */
class ReasonTest {

	private static final String REASON = "Theo Tờ trình số 12/TTr-UBND: điều chỉnh “địa giới” – đợt 2";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String BASIS = SentCommands.BASIS;

	@TempDir
	static Path files;

	private StubService service;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void service() throws IOException {
		this.service = new StubService("X-Reason");
		this.service.answer("POST /api/", 201, Map.of(), "{}");
	}

	@AfterEach
	void stop() {
		this.service.close();
	}

	static Stream<SentCommands.SentCommand> commands() throws IOException {
		return SentCommands.all(files).stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("commands")
	void theReason_goesInTheBody_asWritten(SentCommands.SentCommand command) throws IOException {
		List<String> args = new ArrayList<>(command.args());
		args.addAll(List.of("--reason", REASON));

		int exit = run(args);

		assertThat(exit).as(this.err.toString()).isZero();
		StubService.Request sent = this.service.requests().get(0);
		assertThat(sent.line()).isEqualTo("POST " + command.path());
		assertThat(JSON.readTree(sent.body()).path("reason").asText()).isEqualTo(REASON);
		assertThat(sent.headers()).doesNotContainKey("X-Reason");
	}

	@Test
	void withoutAReason_noneIsSent() throws IOException {
		int exit = run(List.of("units", "rename", "binh-lu", "--name", "Bình Lư Mới", "--effective-on", "2026-03-01",
				"--basis", BASIS));

		assertThat(exit).isZero();
		assertThat(JSON.readTree(this.service.requests().get(0).body()).has("reason")).isFalse();
	}

	@Test
	void anImport_sendsTheReasonWithEveryCommand() throws IOException {
		this.service.answer("GET /api/documents/registered", 200, Map.of(),
				"{\"registered\":[\"" + BASIS + "\"],\"missing\":[]}");
		this.service.answer("GET /api/units?", 200, Map.of(), "[]");
		Path table = files.resolve("table.csv");
		Files.writeString(table, """
				old_code,old_name,old_type,old_district_code,old_district_name,old_province_code,old_province_name,\
				new_code,new_name,new_type,new_province_code,new_province_name,partial,note
				03412,Xã Bình Lư,xã,106,Huyện Tam Đường,12,Tỉnh Lai Châu,03390,Xã Bình Lư,xã,12,Tỉnh Lai Châu,false,
				03413,Xã Sơn Bình,xã,106,Huyện Tam Đường,12,Tỉnh Lai Châu,03390,Xã Bình Lư,xã,12,Tỉnh Lai Châu,false,
				""");

		int exit = run(List.of("import-restructuring", table.toString(), "--effective", "2025-07-01", "--basis", BASIS,
				"--reason", REASON));

		assertThat(exit).as(this.out.toString() + this.err.toString()).isZero();
		List<StubService.Request> commands = this.service.requests()
			.stream()
			.filter(request -> request.method().equals("POST"))
			.toList();
		assertThat(commands).extracting(StubService.Request::line)
			.contains("POST /api/units", "POST /api/restructurings", "POST /api/units/dvhc-106/dissolve");
		for (StubService.Request command : commands) {
			assertThat(JSON.readTree(command.body()).path("reason").asText()).as(command.line()).isEqualTo(REASON);
			assertThat(command.headers()).doesNotContainKey("X-Reason");
		}
	}

	private int run(List<String> args) {
		CommandLine cadre = Cadre.commandLine();
		cadre.setOut(new PrintWriter(this.out));
		cadre.setErr(new PrintWriter(this.err));
		List<String> all = new ArrayList<>(List.of("--assignments-url", this.service.url(), "--reporting-url",
				this.service.url(), "--password-file", files.resolve("absent").toString(), "--position-file",
				files.resolve("position").toString(), "--no-wait"));
		all.addAll(args);
		return cadre.execute(all.toArray(String[]::new));
	}

}
