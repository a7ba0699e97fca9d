package vn.cadre.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the real stack, while commands keep arriving, assignments-service is killed with
 * {@code kill -9} and restarted, then reporting-service likewise mid-consume, then the
 * Kafka broker is restarted. Afterwards the event store holds exactly one event per
 * accepted command, every one reached the read side, and the read model equals a rebuild
 * from the topic.
 */
@Tag("crash")
class ResilienceIT {

	private static final int COMMANDS = 240;

	private static final Pattern LAST_POSITION = Pattern.compile("\"lastPosition\":(\\d+)");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void crashesAndABrokerRestart_loseNothing_andCountNothingTwice(@TempDir Path data) throws Exception {
		StackSettings settings = TestStacks.onFreePorts(data);
		try (LocalStack stack = LocalStack.start(settings)) {
			CitedDocuments.register(stack.assignmentsUrl(), "1670/NQ-UBTVQH15");
			AtomicInteger accepted = new AtomicInteger();
			CompletableFuture<Void> load = CompletableFuture.runAsync(() -> load(stack, accepted));

			awaitAccepted(accepted, 60);
			stack.kill(LocalStack.ASSIGNMENTS);
			stack.startService(LocalStack.ASSIGNMENTS);

			awaitAccepted(accepted, 120);
			stack.kill(LocalStack.REPORTING);
			stack.startService(LocalStack.REPORTING);

			awaitAccepted(accepted, 170);
			stack.restartKafka();

			load.get(5, TimeUnit.MINUTES);
			assertThat(accepted.get()).isEqualTo(COMMANDS);

			String live = awaitRegisterOf(stack, COMMANDS);
			assertThat(storedEvents(settings)).isEqualTo(COMMANDS);

			rebuildReadModels(stack, settings);
			assertThat(awaitRegisterOf(stack, COMMANDS)).isEqualTo(live);
		}
	}

	/**
	 * Issues every command until it is known to be stored: 201, or 409 for a retry of one
	 * that was.
	 */
	private void load(LocalStack stack, AtomicInteger accepted) {
		for (int i = 0; i < COMMANDS; i++) {
			String body = "{\"unitId\":\"crash-%04d\",\"code\":\"%05d\",\"name\":\"Xã Thử %d\",\"type\":\"COMMUNE\","
				.formatted(i, i, i) + "\"establishedOn\":\"2025-07-01\",\"legalBasis\":\"1670/NQ-UBTVQH15\"}";
			long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
			while (true) {
				int status = post(stack.assignmentsUrl() + "/api/units", body);
				if (status == 201 || status == 409) {
					accepted.incrementAndGet();
					break;
				}
				if (System.nanoTime() > deadline) {
					throw new AssertionError("command " + i + " never accepted, last status " + status);
				}
				Sleep.briefly(250);
			}
			Sleep.briefly(40);
		}
	}

	private int post(String url, String json) {
		try {
			return this.http
				.send(TestStacks.request((url))
					.timeout(Duration.ofSeconds(10))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(json))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static void awaitAccepted(AtomicInteger accepted, int count) {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (accepted.get() < count) {
			assertThat(System.nanoTime()).as("waiting for %d accepted commands", count).isLessThan(deadline);
			Sleep.briefly(50);
		}
	}

	/**
	 * The whole register once it holds {@code count} units and every event up to the last
	 * position applied.
	 */
	private String awaitRegisterOf(LocalStack stack, int count) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		String body = "";
		while (System.nanoTime() < deadline) {
			HttpResponse<String> response = this.http.send(
					TestStacks.request((stack.reportingUrl() + "/api/units?size=500")).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			body = response.body();
			if (response.statusCode() == 200 && positions(body).size() == count) {
				return body;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("the register never reached " + count + " units; last: " + positions(body).size());
	}

	private static List<Long> positions(String body) {
		List<Long> positions = new ArrayList<>();
		Matcher matcher = LAST_POSITION.matcher(body);
		while (matcher.find()) {
			positions.add(Long.parseLong(matcher.group(1)));
		}
		return positions;
	}

	/**
	 * The units registered in the event store (the test also registers the document they
	 * cite).
	 */
	private static long storedEvents(StackSettings settings) {
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + settings.eventStorePort())) {
			long events = 0;
			for (Document commit : client.getDatabase("cadre_assignments").getCollection("event_commits").find()) {
				events += commit.getList("events", Document.class)
					.stream()
					.filter(event -> "vn.cadre.kernel.unit.UnitRegistered".equals(event.getString("payloadType")))
					.count();
			}
			return events;
		}
	}

	/**
	 * Drops the read models with their checkpoints; the restarted service replays the
	 * topic from offset 0.
	 */
	private static void rebuildReadModels(LocalStack stack, StackSettings settings) throws IOException {
		stack.kill(LocalStack.REPORTING);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + settings.readModelPort())) {
			client.getDatabase("cadre_reporting").drop();
		}
		stack.startService(LocalStack.REPORTING);
	}

}
