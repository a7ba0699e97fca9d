package vn.cadre.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official conversion table of Lai Châu and Hà Nam imported on the real stack: 106
 * old Lai Châu communes become 38 new ones, new Bình Lư has exactly its three
 * predecessors, each Hà Nam commune split by the table's 10 partial rows has several
 * successors by partial edges, and a second import changes nothing.
 */
class RestructuringImportIT {

	private static final String BASIS = "1670/NQ-UBTVQH15";

	private final HttpClient http = HttpClient.newHttpClient();

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void theOfficialTable_becomesUnitsWithTheirLineage(@TempDir Path data, @TempDir Path work) throws Exception {
		Path table = work.resolve("table.csv");
		try (var in = RestructuringImportIT.class
			.getResourceAsStream("/fixtures/restructuring-2025-lai-chau-ha-nam.csv")) {
			Files.copy(in, table);
		}
		List<String[]> rows = Files.readAllLines(table, StandardCharsets.UTF_8)
			.stream()
			.skip(1)
			.map(line -> line.split(","))
			.toList();
		StackSettings settings = TestStacks.onFreePorts(data);
		try (LocalStack stack = LocalStack.start(settings)) {
			assertThat(TestStacks
				.cadre(stack, "documents", "register", "--number", BASIS, "--issued-on", "2025-06-16", "--issuer",
						"Ủy ban Thường vụ Quốc hội", "--kind", "RESOLUTION", "--title",
						"Sắp xếp đơn vị hành chính cấp xã")
				.exit()).isZero();

			TestStacks.Run first = TestStacks.cadre(stack, "import-restructuring", table.toString(), "--effective",
					"2025-07-01", "--basis", BASIS);
			TestStacks.Run second = TestStacks.cadre(stack, "import-restructuring", table.toString(), "--effective",
					"2025-07-01", "--basis", BASIS);

			assertThat(first.exit()).as(first.out() + first.err()).isZero();
			assertThat(first.out()).contains("nghị quyết / resolutions: 2").contains("từ chối / refused: 0");
			assertThat(second.exit()).as(second.out() + second.err()).isZero();
			assertThat(second.out()).as("a second import changes nothing").contains("lệnh mới / new commands: 0,");

			awaitVerified(stack.reportingUrl(), rows);
		}
	}

	/**
	 * The read side catches up through Kafka, partition by partition; checked once it
	 * has.
	 */
	private void awaitVerified(String reportingUrl, List<String[]> rows) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		while (true) {
			try {
				verify(reportingUrl, rows);
				return;
			}
			catch (AssertionError notYet) {
				if (System.nanoTime() > deadline) {
					throw notYet;
				}
				Thread.sleep(1000);
			}
		}
	}

	private void verify(String reportingUrl, List<String[]> rows) throws Exception {
		Set<String> laiChauOld = new LinkedHashSet<>();
		Set<String> laiChauNew = new LinkedHashSet<>();
		rows.stream().filter(row -> row[5].equals("12")).forEach(row -> {
			laiChauOld.add(row[0]);
			laiChauNew.add(row[7]);
		});
		assertThat(laiChauOld).hasSize(106);
		assertThat(laiChauNew).hasSize(38);
		String laiChau = unitWithCode(reportingUrl, "12", "2025-07-01").path("unitId").asText();
		for (String code : laiChauNew) {
			JsonNode unit = unitWithCode(reportingUrl, code, "2025-07-01");
			assertThat(unit.path("parentId").asText()).as("new unit %s under Lai Châu", code).isEqualTo(laiChau);
		}
		for (String code : laiChauOld) {
			JsonNode old = unitWithCode(reportingUrl, code, "2025-06-30");
			boolean ended = "2025-06-30".equals(old.path("dissolvedOn").asText());
			boolean kept = !ended && unitWithCode(reportingUrl, code, "2025-07-01").path("unitId")
				.asText()
				.equals(old.path("unitId").asText());
			assertThat(ended || kept).as("old unit %s ended, or kept with its code", code).isTrue();
		}

		JsonNode binhLu = unitWithCode(reportingUrl, "03390", "2025-07-01");
		List<String> predecessors = new ArrayList<>();
		binhLu.path("predecessors").forEach(edge -> {
			predecessors.add(edge.path("unitId").asText());
			assertThat(edge.path("share").asText()).isEqualTo("WHOLE");
		});
		assertThat(predecessors).containsExactlyInAnyOrder("dvhc-03390", "dvhc-03412", "dvhc-03413");
		assertThat(binhLu.path("name").asText()).isEqualTo("Bình Lư");

		List<String[]> partialRows = rows.stream()
			.filter(row -> row[5].equals("35") && row[12].equals("true"))
			.toList();
		Set<String> split = new LinkedHashSet<>();
		partialRows.forEach(row -> split.add(row[0]));
		assertThat(partialRows).as("Hà Nam's rows of split communes").hasSize(10);
		for (String code : split) {
			JsonNode old = unitWithCode(reportingUrl, code, "2025-06-30");
			assertThat(old.path("endedBy").asText()).as("%s split", code).isEqualTo("SPLIT");
			assertThat(old.path("successors").size()).as("%s has several successors", code).isGreaterThan(1);
			old.path("successors")
				.forEach(edge -> assertThat(edge.path("share").asText()).as("%s by parts", code).isEqualTo("PART"));
		}
	}

	private JsonNode unitWithCode(String reportingUrl, String code, String on) throws Exception {
		HttpResponse<String> response = this.http.send(
				TestStacks.request((reportingUrl + "/api/units?code=" + code + "&on=" + on)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		JsonNode units = this.json.readTree(response.body());
		assertThat(units.size()).as("units with code %s on %s", code, on).isEqualTo(1);
		return units.get(0);
	}

}
