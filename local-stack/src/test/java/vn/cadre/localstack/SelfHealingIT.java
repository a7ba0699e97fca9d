package vn.cadre.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14 on the real stack: reporting-service killed with {@code kill -9} comes back
 * by itself while assignments-service keeps taking commands; stopping the stack
 * afterwards is not reported as a crash; assignments-service does not call AxonIQ.
 */
@Tag("crash")
class SelfHealingIT {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void reportingKilledWithSigkill_comesBack_whileCommandsKeepBeingTaken(@TempDir Path data) throws Exception {
		StackSettings settings = TestStacks.onFreePorts(data);
		List<String> log = new CopyOnWriteArrayList<>();
		CompletableFuture<Void> supervision;
		try (LocalStack stack = LocalStack.start(settings)) {
			supervision = CompletableFuture.runAsync(() -> supervise(stack, log));
			CitedDocuments.register(stack.assignmentsUrl(), "1670/NQ-UBTVQH15");
			long crashed = stack.pid(LocalStack.REPORTING);

			ProcessHandle.of(crashed).orElseThrow().destroyForcibly();

			long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
			int commands = 0;
			while (stack.pid(LocalStack.REPORTING) == crashed || !healthUp(stack.reportingUrl())) {
				assertThat(registerUnit(stack, commands)).as("command %d while reporting-service is down", commands)
					.isEqualTo(201);
				commands++;
				assertThat(System.nanoTime()).as("reporting-service back within 4 min").isLessThan(deadline);
				Thread.sleep(250);
			}
			assertThat(commands).as("commands taken while reporting-service was down").isPositive();
			assertThat(registerUnit(stack, commands)).isEqualTo(201);
			awaitUnit(stack.reportingUrl(), unitId(commands));
			assertThat(log).singleElement()
				.asString()
				.contains(LocalStack.REPORTING, "stopped unexpectedly", "exit 137", "restart 1 of at most 5");
			assertThat(supervision).isNotDone();
			assertThat(Files.readString(settings.logs().resolve(LocalStack.ASSIGNMENTS + ".log")))
				.as("Axon's update checker is off")
				.contains("You have opted out of the AxonIQ UpdateChecker")
				.doesNotContain("will be checked for updates periodically");
		}
		supervision.get(1, TimeUnit.MINUTES);
		assertThat(log).as("a requested stop is not a crash").hasSize(1);
	}

	private static void supervise(LocalStack stack, List<String> log) {
		try {
			stack.supervise(RestartPolicy.standard(), log::add);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private int registerUnit(LocalStack stack, int n) throws IOException, InterruptedException {
		String body = "{\"unitId\":\"%s\",\"code\":\"%05d\",\"name\":\"Xã Hồi Phục %d\",\"type\":\"COMMUNE\","
			.formatted(unitId(n), 70_000 + n, n)
				+ "\"establishedOn\":\"2025-07-01\",\"legalBasis\":\"1670/NQ-UBTVQH15\"}";
		return this.http
			.send(TestStacks.request(stack.assignmentsUrl() + "/api/units")
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static String unitId(int n) {
		return "hoi-phuc-%04d".formatted(n);
	}

	private boolean healthUp(String url) throws InterruptedException {
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health"))
				.timeout(Duration.ofSeconds(5))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private void awaitUnit(String reportingUrl, String unitId) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			if (this.http
				.send(TestStacks.request(reportingUrl + "/api/units/" + unitId).GET().build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200) {
				return;
			}
			Thread.sleep(300);
		}
		throw new AssertionError("Unit " + unitId + " never reached the read side");
	}

}
