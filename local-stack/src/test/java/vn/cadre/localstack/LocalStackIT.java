package vn.cadre.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * README command 1 as a test: the real broker and both services in their own JVMs, a
 * command accepted by one service and read back from the other, and the data still there
 * after a full stop and start.
 */
class LocalStackIT {

	private static final Pattern UNIT_ID = Pattern.compile("\"unitId\":\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aRegisteredUnit_travelsFromCommandSideToReadSide_andSurvivesARestart(@TempDir Path data) throws Exception {
		StackSettings settings = TestStacks.onFreePorts(data);
		String unitId;
		try (LocalStack stack = LocalStack.start(settings)) {
			assertThat(Files.getPosixFilePermissions(settings.adminPasswordFile()))
				.as("the first administrator's password is the owner's alone")
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
			assertThat(this.http
				.send(HttpRequest.newBuilder(URI.create(stack.reportingUrl() + "/api/units")).GET().build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode()).as("nothing but health without signing in").isEqualTo(401);
			CitedDocuments.register(stack.assignmentsUrl(), "1670/NQ-UBTVQH15");
			CitedDocuments.register(stack.assignmentsUrl(), "Nghị định 2008");
			HttpResponse<String> created = post(stack.assignmentsUrl() + "/api/units",
					"{\"code\":\"03390\",\"name\":\"Bình Lư\",\"type\":\"COMMUNE\","
							+ "\"establishedOn\":\"2025-07-01\",\"legalBasis\":\"1670/NQ-UBTVQH15\"}");
			assertThat(created.statusCode()).isEqualTo(201);
			unitId = unitIdOf(created.body());

			assertThat(awaitUnit(stack.reportingUrl(), unitId)).contains("\"code\":\"03390\"")
				.contains("\"name\":\"Bình Lư\"");
		}
		assertThat(Files.exists(data.resolve("mongo").resolve("events.mv"))).isTrue();

		try (LocalStack again = LocalStack.start(settings)) {
			assertThat(awaitUnit(again.reportingUrl(), unitId)).contains("\"code\":\"03390\"");

			HttpResponse<String> second = post(again.assignmentsUrl() + "/api/units",
					"{\"code\":\"03412\",\"name\":\"Bình Lư\",\"type\":\"COMMUNE\","
							+ "\"establishedOn\":\"2008-01-01\",\"legalBasis\":\"Nghị định 2008\"}");
			assertThat(second.statusCode()).isEqualTo(201);
			assertThat(awaitUnit(again.reportingUrl(), unitIdOf(second.body()))).contains("\"code\":\"03412\"");
		}
	}

	@Test
	void aPortInUse_isNamedInTheError(@TempDir Path data) throws IOException {
		try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			StackSettings settings = TestStacks.onFreePorts(data);
			StackSettings clash = new StackSettings(settings.stackHome(), settings.dataDir(), busy.getLocalPort(),
					settings.kafkaControllerPort(), settings.eventStorePort(), settings.readModelPort(),
					settings.assignmentsPort(), settings.reportingPort(), 0);

			assertThatThrownBy(() -> LocalStack.start(clash)).isInstanceOf(StackException.class)
				.hasMessageContaining("Port " + busy.getLocalPort())
				.hasMessageContaining("--kafka-port");
		}
	}

	private HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
		return this.http.send(TestStacks.request((url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String awaitUnit(String reportingUrl, String unitId) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			HttpResponse<String> response = this.http.send(
					TestStacks.request((reportingUrl + "/api/units/" + unitId)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 200) {
				return response.body();
			}
			Thread.sleep(300);
		}
		throw new AssertionError("Unit " + unitId + " never reached the read side");
	}

	private static String unitIdOf(String body) {
		Matcher matcher = UNIT_ID.matcher(body);
		assertThat(matcher.find()).as("unitId in %s", body).isTrue();
		return matcher.group(1);
	}

}
