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
import vn.cadre.kernel.ReadYourWrites;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client keeps the position its commands stored and reads its own writes: against two
 * services on loopback standing in for the command side and the read side.
 */
class ReadYourWritesTest {

	@TempDir
	Path folder;

	private StubService assignments;

	private StubService reporting;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void services() throws IOException {
		this.assignments = new StubService(ReadYourWrites.MIN_POSITION_HEADER);
		this.reporting = new StubService(ReadYourWrites.MIN_POSITION_HEADER);
		this.reporting.answer("GET /api/units/binh-lu", 200, Map.of(), "{\"unitId\":\"binh-lu\"}");
	}

	@AfterEach
	void stop() {
		this.assignments.close();
		this.reporting.close();
	}

	@Test
	void aReadAfterACommand_asksTheReadSideForThatCommandsPosition() throws IOException {
		acceptWithPosition("POST /api/units", 41);
		acceptWithPosition("POST /api/units/binh-lu/rename", 42);

		assertThat(run("units", "register", "--id", "binh-lu", "--code", "03390", "--name", "Xã Bình Lư", "--type",
				"COMMUNE", "--established-on", "2025-07-01", "--basis", "1670/NQ-UBTVQH15"))
			.isZero();
		assertThat(run("units", "rename", "binh-lu", "--name", "Bình Lư Mới", "--effective-on", "2026-03-01", "--basis",
				"1670/NQ-UBTVQH15"))
			.isZero();
		assertThat(run("units", "show", "binh-lu")).isZero();

		assertThat(lastRead().headers()).containsEntry(ReadYourWrites.MIN_POSITION_HEADER, "42");
		assertThat(Files.readString(positionFile())).contains("42");
	}

	@Test
	void thePositionFile_keepsTheHighestPosition_whenALowerOneComesBack() {
		acceptWithPosition("POST /api/units", 90);
		acceptWithPosition("POST /api/units/binh-lu/dissolve", 7);

		run("units", "register", "--code", "03390", "--name", "Xã Bình Lư", "--type", "COMMUNE", "--established-on",
				"2025-07-01", "--basis", "1670/NQ-UBTVQH15");
		run("units", "dissolve", "binh-lu", "--last-day", "2025-06-30", "--basis", "1670/NQ-UBTVQH15");
		run("units", "show", "binh-lu");

		assertThat(lastRead().headers()).containsEntry(ReadYourWrites.MIN_POSITION_HEADER, "90");
	}

	@Test
	void noWait_readsWithoutThePosition_andBeforeAnyCommandNoneIsSent() {
		run("units", "show", "binh-lu");
		assertThat(lastRead().headers()).doesNotContainKey(ReadYourWrites.MIN_POSITION_HEADER);

		acceptWithPosition("POST /api/units", 5);
		run("units", "register", "--code", "03390", "--name", "Xã Bình Lư", "--type", "COMMUNE", "--established-on",
				"2025-07-01", "--basis", "1670/NQ-UBTVQH15");
		assertThat(run("units", "show", "binh-lu", "--no-wait")).isZero();

		assertThat(lastRead().headers()).doesNotContainKey(ReadYourWrites.MIN_POSITION_HEADER);
	}

	@Test
	void aPositionOfAnotherStack_isNotWaitedFor() throws IOException {
		new PositionFile(positionFile()).record("http://127.0.0.1:1", 5000);

		run("units", "show", "binh-lu");

		assertThat(lastRead().headers()).doesNotContainKey(ReadYourWrites.MIN_POSITION_HEADER);
	}

	@Test
	void aReadSideThatHasNotCaughtUp_isReportedAsSuch_withItsOwnExitCode() {
		new PositionFile(positionFile()).record(this.assignments.url(), 77);
		this.reporting.answer("GET /api/units/binh-lu", 503, Map.of("Retry-After", "2"),
				"{\"status\":503,\"detail\":\"not yet\"}");

		int exit = run("units", "show", "binh-lu");

		assertThat(exit).isEqualTo(Api.BEHIND).isNotIn(0, Api.REFUSED, Api.UNREACHABLE, AuditCommands.TAMPERED);
		assertThat(this.err.toString()).contains("has not caught up", "position 77", "in 2 s", "--no-wait");
	}

	@Test
	void aReportDownload_waitsForThePositionToo() {
		new PositionFile(positionFile()).record(this.assignments.url(), 12);
		this.reporting.answer("GET /api/units/binh-lu/report", 200,
				Map.of("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
				"bao-cao");

		int exit = run("report", "--unit", "binh-lu", "--format", "docx", "--output",
				this.folder.resolve("bao-cao.docx").toString());

		assertThat(exit).isZero();
		assertThat(lastRead().headers()).containsEntry(ReadYourWrites.MIN_POSITION_HEADER, "12");
	}

	private void acceptWithPosition(String linePrefix, long position) {
		this.assignments.answer(linePrefix, 201, Map.of(ReadYourWrites.POSITION_HEADER, Long.toString(position)),
				"{\"position\":" + position + "}");
	}

	private StubService.Request lastRead() {
		List<StubService.Request> reads = this.reporting.requests();
		assertThat(reads).as("reads of the read side").isNotEmpty();
		return reads.get(reads.size() - 1);
	}

	private Path positionFile() {
		return this.folder.resolve("state").resolve("position");
	}

	private int run(String... args) {
		CommandLine cadre = Cadre.commandLine();
		cadre.setOut(new PrintWriter(this.out));
		cadre.setErr(new PrintWriter(this.err));
		List<String> all = new ArrayList<>(List.of("--assignments-url", this.assignments.url(), "--reporting-url",
				this.reporting.url(), "--password-file", this.folder.resolve("absent").toString(), "--position-file",
				positionFile().toString()));
		all.addAll(List.of(args));
		return cadre.execute(all.toArray(String[]::new));
	}

}
