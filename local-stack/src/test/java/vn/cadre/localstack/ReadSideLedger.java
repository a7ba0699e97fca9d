package vn.cadre.localstack;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;

/**
 * Where an accepted registration can be found, each read as a list that keeps duplicates:
 * the event store, the read side's register and its audit log (one entry per event
 * applied).
 */
final class ReadSideLedger {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final int PAGE = 500;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/**
	 * Waits until {@code reportingUrl} answers a read of the unit made with the position
	 * its command answered with: every read model has applied everything up to it there.
	 * @return {@link System#nanoTime()} of the answer
	 */
	long awaitApplied(String reportingUrl, SteadyLoad.Accepted command, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			HttpRequest.Builder read = TestStacks.request(reportingUrl + "/api/units/" + command.unitId())
				.timeout(Duration.ofSeconds(20));
			if (command.position() >= 0) {
				read.header("Cadre-Min-Position", String.valueOf(command.position()));
			}
			if (status(read) == 200) {
				return System.nanoTime();
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError(reportingUrl + " never showed " + command + " within " + timeout);
			}
			Thread.sleep(100);
		}
	}

	/** The units in the register whose id starts with {@code prefix}. */
	List<String> register(String reportingUrl, String prefix) throws Exception {
		List<String> ids = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode units = get(reportingUrl + "/api/units?size=" + PAGE + "&page=" + page);
			units.forEach(unit -> keep(ids, unit.path("unitId").asText(), prefix));
			if (units.size() < PAGE) {
				return ids;
			}
		}
	}

	/**
	 * The audit log's {@code UnitRegistered} entries for units starting with
	 * {@code prefix}.
	 */
	List<String> audited(String reportingUrl, String prefix) throws Exception {
		List<String> ids = new ArrayList<>();
		String after = "";
		while (true) {
			JsonNode page = get(reportingUrl + "/api/audit/events?type=UnitRegistered&size=" + PAGE + after);
			page.path("items").forEach(entry -> keep(ids, entry.path("aggregateId").asText(), prefix));
			if (!page.hasNonNull("nextAfter")) {
				return ids;
			}
			after = "&after=" + page.path("nextAfter").asLong();
		}
	}

	/**
	 * The {@code UnitRegistered} events in the event store for units starting with
	 * {@code prefix}.
	 */
	static List<String> stored(StackSettings settings, String prefix) {
		List<String> ids = new ArrayList<>();
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + settings.eventStorePort())) {
			for (Document commit : client.getDatabase("cadre_assignments").getCollection("event_commits").find()) {
				for (Document event : commit.getList("events", Document.class)) {
					if ("vn.cadre.kernel.unit.UnitRegistered".equals(event.getString("payloadType"))) {
						keep(ids, event.getString("aggregateId"), prefix);
					}
				}
			}
		}
		return ids;
	}

	private static void keep(List<String> ids, String id, String prefix) {
		if (id.startsWith(prefix)) {
			ids.add(id);
		}
	}

	private JsonNode get(String url) throws Exception {
		HttpResponse<String> response = this.http.send(
				TestStacks.request(url).timeout(Duration.ofSeconds(30)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new AssertionError("GET " + url + " answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

	private int status(HttpRequest.Builder request) throws InterruptedException {
		try {
			return this.http.send(request.GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
