package vn.cadre.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mission's acceptance: the Bình Lư scenario loaded through the command API of the
 * real stack, fed to the read side through Kafka, gives every figure of the source report
 * (the table in DOMAIN.md) — again after a second load, which changes nothing, and again
 * after a full rebuild of the read models.
 */
class BinhLuReportIT {

	private static final String OLD_MODEL = "scope=LINEAGE&unitId=binh-lu&from=2017-01-01&until=2025-06-30";

	private static final String TWO_LEVEL = "scope=UNIT&unitId=binh-lu&from=2025-07-01&until=2026-06-30";

	private final HttpClient http = HttpClient.newHttpClient();

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void theReportsFigures_comeOutOfTheEvents_beforeAndAfterARebuild(@TempDir Path out) throws Exception {
		ScenarioStack.Shared shared = ScenarioStack.asLoaded();
		LocalStack stack = shared.stack();
		TestStacks.Run first = shared.firstLoad();
		TestStacks.Run second = TestStacks.cadre(stack, "import-scenario", ScenarioStack.SCENARIO.toString());

		assertThat(first.exit()).as(first.err()).isZero();
		assertThat(first.out()).contains("145 bước / steps, 145 mới / new");
		assertThat(second.exit()).as(second.err()).isZero();
		assertThat(second.out()).as("loading twice changes nothing").contains("0 mới / new, 145 đã có");

		awaitFigures(stack.reportingUrl());
		TestStacks.Run report = TestStacks.cadre(stack, "report", "--unit", "binh-lu", "--until", "2026-06-30");
		assertThat(report.exit()).as(report.err()).isZero();
		assertThat(report.out()).contains("48 hội nghị tuyên truyền, phổ biến với 660 lượt người tham gia")
			.contains("văn bản số 35-CT/TW: 02 hội nghị với 89 lượt người tham gia")
			.contains("đã tổ chức 01 hội nghị quán triệt với 200 lượt người tham gia")
			.contains("Có 3/3 xã (gồm Bình Lư, Sơn Bình và thị trấn Tam Đường) đã thực hiện chủ trương Bí thư, "
					+ "Phó Bí thư Đảng ủy kiêm Chủ tịch Hội đồng nhân dân xã")
			.contains("Xã Bình Lư tiếp tục duy trì và thực hiện mô hình Bí thư Đảng ủy đồng thời là Chủ tịch "
					+ "Hội đồng nhân dân cấp xã (1/1)")
			.contains("Trưởng Ban Xây dựng Đảng kiêm Trưởng Ban Văn hóa - Xã hội Hội đồng nhân dân")
			.contains("Chủ nhiệm Ủy ban Kiểm tra kiêm Trưởng Ban Kinh tế - Ngân sách Hội đồng nhân dân")
			.contains("Phó Chủ tịch Ủy ban Mặt trận Tổ quốc kiêm Chủ tịch Hội Nông dân")
			.contains("Chủ tịch Hội Liên hiệp Phụ nữ kiêm Phó Trưởng Ban của Hội đồng nhân dân")
			.contains("Đảng bộ xã không thực hiện mô hình này.")
			.contains("đã thực hiện bố trí 13 chức danh trọng yếu không phải là người địa phương, gồm các chức danh: "
					+ "Bí thư cấp ủy 03, Chủ tịch Ủy ban nhân dân 03, Chủ nhiệm Ủy ban Kiểm tra 01, "
					+ "Trưởng Công an 03, Chỉ huy trưởng Ban Chỉ huy Quân sự 03")
			.contains("Xã đang thực hiện bố trí 05 chức danh trọng yếu không phải là người địa phương, gồm các chức "
					+ "danh: Bí thư cấp ủy, Chủ tịch Ủy ban nhân dân, Chủ nhiệm Ủy ban Kiểm tra, Trưởng Công an, "
					+ "Chỉ huy trưởng Ban Chỉ huy Quân sự");
		for (String format : List.of("xlsx", "docx")) {
			Path file = out.resolve("bao-cao." + format);
			assertThat(TestStacks
				.cadre(stack, "report", "--unit", "binh-lu", "--until", "2026-06-30", "--format", format, "--output",
						file.toString())
				.exit()).isZero();
			byte[] bytes = Files.readAllBytes(file);
			assertThat(new String(bytes, 0, 2, StandardCharsets.US_ASCII)).as("an Office Open XML package")
				.isEqualTo("PK");
		}

		assertViewersSeePersonsByIdOnly(stack, shared.user("can-bo-xem", "VIEWER"));

		TestStacks.Run verified = TestStacks.cadre(stack, "verify");
		assertThat(verified.exit()).as(verified.err()).isZero();
		assertThat(verified.out()).contains("INTACT").contains("held against the digest at position");
		Path history = out.resolve("history.ndjson");
		assertThat(TestStacks.cadre(stack, "export-history", "--out", history.toString()).exit()).isZero();
		TestStacks.Run offline = TestStacks.cadre(stack, "verify", "--file", history.toString());
		assertThat(offline.exit()).as("verified without any server: " + offline.err()).isZero();
		assertThat(offline.out()).contains("INTACT");

		TestStacks.Run rebuild = TestStacks.cadre(stack, "rebuild", "--poll", "PT0.2S");
		assertThat(rebuild.exit()).as(rebuild.err()).isZero();
		assertFigures(stack.reportingUrl());
	}

	/**
	 * Everything a viewer may read names persons by id: the scenario's names (Cán bộ 01…)
	 * reach only auditors, through the event log.
	 */
	private void assertViewersSeePersonsByIdOnly(LocalStack stack, String password) throws Exception {
		String viewer = "Basic "
				+ Base64.getEncoder().encodeToString(("can-bo-xem:" + password).getBytes(StandardCharsets.UTF_8));
		String reporting = stack.reportingUrl();

		for (String path : List.of("/api/units", "/api/units/binh-lu", "/api/units/binh-lu/lineage",
				"/api/units/binh-lu/report?until=2026-06-30", "/api/measures?" + OLD_MODEL,
				"/api/measures?" + TWO_LEVEL, "/api/measures/csv?" + OLD_MODEL, "/api/periods")) {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create(reporting + path)).header("Authorization", viewer).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).doesNotContain("Cán bộ");
			if (path.startsWith("/api/measures?")) {
				assertThat(response.body()).as(path + " shows its evidence by person id").contains("can-bo-");
			}
		}
		HttpResponse<String> log = this.http.send(
				TestStacks.request(reporting + "/api/audit/events?type=PersonRegistered&size=500").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(log.body()).as("the names are in the history, for auditors").contains("Cán bộ 01");
	}

	/** Every figure of the table in DOMAIN.md. */
	private void assertFigures(String reportingUrl) throws Exception {
		JsonNode old = measures(reportingUrl, OLD_MODEL);
		JsonNode now = measures(reportingUrl, TWO_LEVEL);

		assertThat(value(old, "SECRETARY_OR_DEPUTY_CHAIRS_COUNCIL")).isEqualTo(3);
		assertThat(measure(old, "SECRETARY_OR_DEPUTY_CHAIRS_COUNCIL").path("denominator").asLong()).isEqualTo(3);
		assertThat(value(old, "SECRETARY_CHAIRS_COMMITTEE")).isZero();
		assertThat(value(old, "NON_LOCAL_KEY_POSTS")).isEqualTo(13);
		assertThat(measure(old, "NON_LOCAL_KEY_POSTS").path("breakdown").toString())
			.isEqualTo("{\"COMMITTEE_CHAIR\":3,\"INSPECTION_COMMITTEE_HEAD\":1,\"MILITARY_COMMANDER\":3,"
					+ "\"PARTY_SECRETARY\":3,\"POLICE_CHIEF\":3}");
		assertThat(value(old, "BRIEFINGS")).isEqualTo(48);
		assertThat(value(old, "BRIEFING_ATTENDANCES")).isEqualTo(660);
		assertThat(measure(old, "BRIEFINGS").path("breakdown").path("35-CT/TW").asLong()).isEqualTo(2);
		assertThat(measure(old, "BRIEFING_ATTENDANCES").path("breakdown").path("35-CT/TW").asLong()).isEqualTo(89);

		assertThat(value(now, "SECRETARY_CHAIRS_COUNCIL")).isEqualTo(1);
		assertThat(measure(now, "SECRETARY_CHAIRS_COUNCIL").path("denominator").asLong()).isEqualTo(1);
		assertThat(value(now, "SECRETARY_CHAIRS_COMMITTEE")).isZero();
		assertThat(value(now, "NON_LOCAL_KEY_POSTS")).isEqualTo(5);
		List<String> pairs = new ArrayList<>();
		measure(now, "CONCURRENT_HOLDINGS").path("breakdown").fieldNames().forEachRemaining(pairs::add);
		assertThat(pairs).containsExactlyInAnyOrder("COUNCIL_CHAIR + PARTY_SECRETARY",
				"COUNCIL_CULTURE_SOCIETY_BOARD_HEAD + PARTY_BUILDING_BOARD_HEAD",
				"COUNCIL_ECONOMY_BUDGET_BOARD_HEAD + INSPECTION_COMMITTEE_HEAD",
				"FARMERS_UNION_CHAIR + FRONT_VICE_CHAIR", "COUNCIL_BOARD_DEPUTY_HEAD + WOMENS_UNION_CHAIR");
		assertThat(value(now, "BRIEFINGS")).isEqualTo(1);
		assertThat(value(now, "BRIEFING_ATTENDANCES")).isEqualTo(200);
	}

	/** The read side catches up through Kafka; the figures are checked once it has. */
	private void awaitFigures(String reportingUrl) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		AssertionError last = null;
		while (System.nanoTime() < deadline) {
			try {
				assertFigures(reportingUrl);
				return;
			}
			catch (AssertionError notYet) {
				last = notYet;
				Thread.sleep(1000);
			}
		}
		throw last;
	}

	private JsonNode measures(String reportingUrl, String query) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				TestStacks.request((reportingUrl + "/api/measures?" + query + "&evidenceLimit=0")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		return this.json.readTree(response.body());
	}

	private static JsonNode measure(JsonNode report, String id) {
		for (JsonNode measure : report.path("measures")) {
			if (measure.path("id").asText().equals(id)) {
				return measure;
			}
		}
		throw new AssertionError("no measure " + id + " in " + report);
	}

	private static long value(JsonNode report, String id) {
		return measure(report, id).path("value").asLong();
	}

}
