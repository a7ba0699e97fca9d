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
import org.junit.jupiter.params.provider.Arguments;
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

	private static final String BASIS = "1670/NQ-UBTVQH15";

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

	/** A command line without its {@code --reason}, and the path its command goes to. */
	record Command(String path, List<String> args) {

		@Override
		public String toString() {
			return String.join(" ", this.args.subList(0, 2));
		}

	}

	static Stream<Arguments> commands() throws IOException {
		Path resolution = files.resolve("resolution.json");
		Files.writeString(resolution, """
				{"effectiveOn": "2025-07-01", "legalBasis": "1670/NQ-UBTVQH15",
				 "formations": [{"code": "03390", "name": "Bình Lư", "type": "COMMUNE",
				   "sources": [{"unitId": "tam-duong", "share": "WHOLE"}]}]}
				""");
		return Stream
			.of(new Command("/api/documents",
					List.of("documents", "register", "--number", BASIS, "--issued-on", "2025-06-16", "--issuer",
							"Ủy ban Thường vụ Quốc hội", "--kind", "RESOLUTION", "--title", "Nghị quyết")),
					new Command("/api/units",
							List.of("units", "register", "--code", "03390", "--name", "Xã Bình Lư", "--type", "COMMUNE",
									"--established-on", "2025-07-01", "--basis", BASIS)),
					new Command("/api/units/binh-lu/rename",
							List.of("units", "rename", "binh-lu", "--name", "Bình Lư Mới", "--effective-on",
									"2026-03-01", "--basis", BASIS)),
					new Command("/api/units/binh-lu/retype",
							List.of("units", "retype", "binh-lu", "--type", "WARD", "--effective-on", "2025-07-01",
									"--basis", BASIS)),
					new Command("/api/units/binh-lu/reparent",
							List.of("units", "reparent", "binh-lu", "--parent", "lai-chau", "--effective-on",
									"2025-07-01", "--basis", BASIS)),
					new Command("/api/units/binh-lu/dissolve",
							List.of("units", "dissolve", "binh-lu", "--last-day", "2025-06-30", "--basis", BASIS)),
					new Command("/api/restructurings/mergers",
							List.of("units", "merge", "--code", "03390", "--name", "Xã Bình Lư", "--type", "COMMUNE",
									"--effective-on", "2025-07-01", "--predecessor", "tam-duong", "--basis", BASIS)),
					new Command("/api/restructurings", List.of("units", "restructure", resolution.toString())),
					new Command("/api/people",
							List.of("people", "register", "--id", "can-bo-07", "--name", "Cán bộ 07", "--birth-year",
									"1978", "--hometown", "03413", "--hometown-on", "2019-01-01")),
					new Command("/api/people/can-bo-07/origin",
							List.of("people", "correct-origin", "can-bo-07", "--hometown", "03412", "--hometown-on",
									"2019-01-01")),
					new Command("/api/units/binh-lu/mandates",
							List.of("mandates", "assign", "--unit", "binh-lu", "--post", "PARTY_SECRETARY", "--person",
									"can-bo-07", "--from", "2025-07-01", "--basis", BASIS)),
					new Command("/api/units/binh-lu/mandates/m1/end",
							List.of("mandates", "end", "--unit", "binh-lu", "--mandate", "m1", "--last-day",
									"2025-12-31", "--cause", "TRANSFERRED", "--basis", BASIS)),
					new Command("/api/units/binh-lu/mandates/m1/correct",
							List.of("mandates", "correct", "--unit", "binh-lu", "--mandate", "m1", "--from",
									"2025-07-15", "--basis", BASIS)),
					new Command("/api/units/binh-lu/mandates/m1/rescind",
							List.of("mandates", "rescind", "--unit", "binh-lu", "--mandate", "m1", "--basis", BASIS)),
					new Command("/api/units/binh-lu/briefings",
							List.of("briefings", "record", "--unit", "binh-lu", "--held-on", "2025-07-10", "--title",
									"Hội nghị quán triệt", "--document", BASIS, "--attendances", "200")))
			.map(Arguments::of);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("commands")
	void theReason_goesInTheBody_asWritten(Command command) throws IOException {
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
