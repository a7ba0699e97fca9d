package vn.cadre.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** HTTP to the services, signed in as the stack's first administrator. */
final class BenchHttp {

	static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String authorization;

	BenchHttp(String password) {
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
	}

	HttpResponse<String> get(String url) throws Exception {
		return this.client.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String url, String body) throws Exception {
		return this.client.send(post(url, body, null), HttpResponse.BodyHandlers.ofString());
	}

	CompletableFuture<HttpResponse<String>> postAsync(String url, String body) {
		return this.client.sendAsync(post(url, body, null), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest post(String url, String body, String unused) {
		return request(url).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private HttpRequest.Builder request(String url) {
		return HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofMinutes(5))
			.header("Authorization", this.authorization);
	}

	/** The JSON body of a 2xx answer, or null for any other status or no answer. */
	JsonNode json(String url) {
		try {
			HttpResponse<String> response = get(url);
			return (response.statusCode() / 100 == 2) ? JSON.readTree(response.body()) : null;
		}
		catch (Exception ex) {
			return null;
		}
	}

	/** Latencies in milliseconds, and their percentiles. */
	static final class Latencies {

		private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

		void add(long startNanos) {
			this.millis.add((System.nanoTime() - startNanos) / 1e6);
		}

		void addMillis(double value) {
			this.millis.add(value);
		}

		int count() {
			return this.millis.size();
		}

		Double percentile(double p) {
			List<Double> sorted;
			synchronized (this.millis) {
				sorted = new ArrayList<>(this.millis);
			}
			if (sorted.isEmpty()) {
				return null;
			}
			Collections.sort(sorted);
			return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1));
		}

	}

}
