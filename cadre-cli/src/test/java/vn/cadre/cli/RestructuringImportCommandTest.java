package vn.cadre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import checks the documents it cites before its first command: against two services
 * on loopback standing in for the command side and the register.
 */
class RestructuringImportCommandTest {

	private static final String BASIS = "1670/NQ-UBTVQH15";

	private static final String TABLE = """
			old_code,old_name,old_type,old_district_code,old_district_name,old_province_code,old_province_name,\
			new_code,new_name,new_type,new_province_code,new_province_name,partial,note
			03412,Xã Bình Lư,xã,106,Huyện Tam Đường,12,Tỉnh Lai Châu,03390,Xã Bình Lư,xã,12,Tỉnh Lai Châu,false,Nhập toàn bộ
			03413,Xã Sơn Bình,xã,106,Huyện Tam Đường,12,Tỉnh Lai Châu,03390,Xã Bình Lư,xã,12,Tỉnh Lai Châu,false,Nhập toàn bộ
			""";

	@TempDir
	Path folder;

	private StubService assignments;

	private StubService reporting;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void services() throws IOException {
		this.assignments = new StubService();
		this.reporting = new StubService();
		this.assignments.answer("POST /api/", 201, Map.of(), "{}");
		this.reporting.answer("GET /api/units?", 200, Map.of(), "[]");
	}

	@AfterEach
	void stop() {
		this.assignments.close();
		this.reporting.close();
	}

	@Test
	void aBasisMissingFromTheRegister_stopsTheImportBeforeAnyCommand_namingIt() throws IOException {
		this.assignments.answer("GET /api/documents/registered", 200, Map.of(),
				"{\"registered\":[],\"missing\":[\"" + BASIS + "\"]}");

		int exit = importTable();

		assertThat(exit).isEqualTo(Api.REFUSED);
		assertThat(this.err.toString()).contains("Not registered: " + BASIS, "Nothing was sent");
		assertThat(this.assignments.requests()).extracting(StubService.Request::line)
			.containsExactly("GET /api/documents/registered?number=1670%2FNQ-UBTVQH15");
		assertThat(this.reporting.requests()).isEmpty();
	}

	@Test
	void aRegisteredBasis_letsTheImportSendItsCommands() throws IOException {
		this.assignments.answer("GET /api/documents/registered", 200, Map.of(),
				"{\"registered\":[\"" + BASIS + "\"],\"missing\":[]}");

		int exit = importTable();

		assertThat(exit).as(this.out.toString() + this.err.toString()).isZero();
		List<String> sent = this.assignments.requests().stream().map(StubService.Request::line).toList();
		assertThat(sent.get(0)).startsWith("GET /api/documents/registered");
		assertThat(sent).contains("POST /api/units", "POST /api/restructurings");
	}

	@Test
	void aRegisterThatCannotBeAsked_stopsTheImport_withItsRefusal() throws IOException {
		this.assignments.answer("GET /api/documents/registered", 403, Map.of(), "{\"detail\":\"Forbidden\"}");

		int exit = importTable();

		assertThat(exit).as("a 403 is not served to this user").isEqualTo(Api.NOT_SERVED);
		assertThat(this.assignments.requests()).hasSize(1);
	}

	private int importTable() throws IOException {
		Path table = this.folder.resolve("table.csv");
		Files.writeString(table, TABLE);
		CommandLine cadre = Cadre.commandLine();
		cadre.setOut(new PrintWriter(this.out));
		cadre.setErr(new PrintWriter(this.err));
		List<String> all = new ArrayList<>(List.of("--assignments-url", this.assignments.url(), "--reporting-url",
				this.reporting.url(), "--password-file", this.folder.resolve("absent").toString(), "--position-file",
				this.folder.resolve("position").toString(), "import-restructuring", table.toString(), "--effective",
				"2025-07-01", "--basis", BASIS));
		return cadre.execute(all.toArray(String[]::new));
	}

}
