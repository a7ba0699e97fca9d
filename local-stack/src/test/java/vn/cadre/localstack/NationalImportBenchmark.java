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
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table of the national shape (63 old provinces into 34, about 700 districts, 10,035
 * old communes into about 3,300 new ones, some split), imported on the embedded default:
 * prints how long the import, a second import (which changes nothing) and the read side's
 * catching up take. Run on demand (docs/benchmarks.md); asserts nothing about speed.
 */
@Tag("benchmark")
class NationalImportBenchmark {

	private static final int COMMUNES = Integer.getInteger("benchmark.communes", 10_035);

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void importTheNationalShape(@TempDir Path data, @TempDir Path work) throws Exception {
		Path table = work.resolve("national.csv");
		String lastNewCode = write(table);
		StackSettings settings = TestStacks.onFreePorts(data);
		try (LocalStack stack = LocalStack.start(settings)) {
			TestStacks.cadre(stack, "documents", "register", "--number", "NQ-QG-2025", "--issued-on", "2025-06-16",
					"--issuer", "Ủy ban Thường vụ Quốc hội", "--kind", "RESOLUTION", "--title",
					"Sắp xếp đơn vị hành chính");
			long start = System.nanoTime();
			String first = TestStacks
				.cadre(stack, "import-restructuring", table.toString(), "--effective", "2025-07-01", "--basis",
						"NQ-QG-2025")
				.out();
			double importSeconds = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			awaitCurrent(stack.reportingUrl());
			double currentSeconds = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			String second = TestStacks
				.cadre(stack, "import-restructuring", table.toString(), "--effective", "2025-07-01", "--basis",
						"NQ-QG-2025")
				.out();
			double replaySeconds = (System.nanoTime() - start) / 1e9;
			System.out.println("national import: " + COMMUNES + " old communes");
			System.out.println(first.lines().reduce((a, b) -> b).orElse(""));
			System.out.printf("first import %.1f s (%.0f rows/s); second import %.1f s%n", importSeconds,
					Files.readAllLines(table).size() / importSeconds, replaySeconds);
			System.out.printf(
					"every read model current (the event store's head applied) %.1f s after the first " + "import%n",
					currentSeconds);
			System.out.println(second.lines().reduce((a, b) -> b).orElse(""));
			start = System.nanoTime();
			awaitUnit(stack.reportingUrl(), lastNewCode);
			System.out.printf("read side showed the last new unit %.1f s after the second import%n",
					(System.nanoTime() - start) / 1e9);
		}
	}

	/**
	 * Writes the table; returns the code of the last new unit formed from several
	 * communes.
	 */
	private static String write(Path table) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("old_code,old_name,old_type,old_district_code,old_district_name,old_province_code,old_province_name,"
				+ "new_code,new_name,new_type,new_province_code,new_province_name,partial,note");
		int perProvince = (int) Math.ceil(COMMUNES / 63.0);
		int code = 10_000;
		String last = null;
		for (int province = 0; province < 63; province++) {
			String oldProvince = String.valueOf(10 + province);
			String newProvince = String.valueOf(10 + (province % 34));
			List<Integer> communes = new ArrayList<>();
			for (int i = 0; i < perProvince && code < 10_000 + COMMUNES; i++) {
				communes.add(code++);
			}
			for (int group = 0; group * 3 < communes.size(); group++) {
				List<Integer> members = communes.subList(group * 3, Math.min(communes.size(), group * 3 + 3));
				String newCode = String.format("%05d", members.get(0));
				boolean split = group % 40 == 1 && group * 3 + 3 < communes.size();
				for (int member : members) {
					boolean partial = split && member == members.get(members.size() - 1);
					lines.add(row(member, province, oldProvince, newCode, newProvince, partial));
				}
				if (split) {
					int nextCode = communes.get(group * 3 + 3);
					lines.add(row(members.get(members.size() - 1), province, oldProvince,
							String.format("%05d", nextCode), newProvince, true));
				}
				if (members.size() > 1) {
					last = newCode;
				}
			}
		}
		Files.write(table, lines, StandardCharsets.UTF_8);
		return last;
	}

	private static String row(int commune, int province, String oldProvince, String newCode, String newProvince,
			boolean partial) {
		int district = 100 + province * 11 + (commune % 11);
		return String.join(",", String.format("%05d", commune), "Xã N" + commune, "xã", String.valueOf(district),
				"Huyện H" + district, oldProvince, "Tỉnh T" + oldProvince, newCode, "Xã M" + newCode, "xã", newProvince,
				"Tỉnh T" + newProvince, String.valueOf(partial), partial ? "Nhập một phần" : "Nhập toàn bộ");
	}

	/**
	 * Until {@code GET /api/read-side/status} says every read model has applied the event
	 * store's head as the publisher last told it, with nothing waiting in Kafka.
	 */
	private static void awaitCurrent(String reportingUrl) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode status = JSON
				.readTree(http.send(TestStacks.request(reportingUrl + "/api/read-side/status").build(),
						HttpResponse.BodyHandlers.ofString())
					.body());
			List<JsonNode> models = new ArrayList<>();
			status.forEach(field -> field.forEach(models::add));
			if (!models.isEmpty() && models.stream()
				.allMatch(model -> model.path("eventsBehind").asLong(1) == 0
						&& model.path("recordsWaiting").asLong(1) == 0)) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the read side never caught up with the event store");
	}

	private static void awaitUnit(String reportingUrl, String code) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
		while (System.nanoTime() < deadline) {
			String body = http
				.send(TestStacks.request((reportingUrl + "/api/units?code=" + code + "&on=2025-07-01")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			if (body.contains("\"predecessors\":[{")) {
				return;
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("the read side never showed " + code);
	}

}
