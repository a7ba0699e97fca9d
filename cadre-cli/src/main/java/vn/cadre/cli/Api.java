package vn.cadre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Talks to the services: JSON in, JSON out; turns an HTTP answer into an exit code and
 * printed text.
 */
final class Api {

	static final int REFUSED = 2;

	static final int UNREACHABLE = 3;

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Cadre options;

	Api(Cadre options) {
		this.options = options;
	}

	int post(String path, Map<String, ?> body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.options.assignmentsUrl + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json")
			.header("X-Actor", this.options.actor)
			.POST(HttpRequest.BodyPublishers.ofString(json(body)));
		if (this.options.commandId != null) {
			request.header("X-Command-Id", this.options.commandId);
		}
		return send(this.options.assignmentsUrl, request);
	}

	int get(String baseUrl, String path) {
		return send(baseUrl,
				HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json").GET());
	}

	private static String json(Map<String, ?> body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Cannot write the request as JSON", ex);
		}
	}

	/**
	 * Sends a request and hands back the JSON answer instead of printing it; a refusal or
	 * an unreachable service is printed as usual and gives an empty answer.
	 */
	Optional<JsonNode> exchange(String baseUrl, String path, String method) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Accept", "application/json")
			.header("X-Actor", this.options.actor)
			.method(method, HttpRequest.BodyPublishers.noBody());
		try {
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 400) {
				answer(response);
				return Optional.empty();
			}
			return Optional.of(JSON.readTree(response.body()));
		}
		catch (IOException ex) {
			unreachable(baseUrl, ex);
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	int postTo(String baseUrl, String path) {
		return send(baseUrl,
				HttpRequest.newBuilder(URI.create(baseUrl + path))
					.header("X-Actor", this.options.actor)
					.POST(HttpRequest.BodyPublishers.noBody()));
	}

	int delete(String baseUrl, String path) {
		return send(baseUrl,
				HttpRequest.newBuilder(URI.create(baseUrl + path)).header("X-Actor", this.options.actor).DELETE());
	}

	private int send(String baseUrl, HttpRequest.Builder request) {
		try {
			return answer(this.http.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			return unreachable(baseUrl, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return UNREACHABLE;
		}
	}

	private int answer(HttpResponse<String> response) throws IOException {
		PrintWriter out = this.options.spec.commandLine().getOut();
		PrintWriter err = this.options.spec.commandLine().getErr();
		if (response.statusCode() < 400) {
			out.println(response.body().isEmpty() ? "OK (" + response.statusCode() + ")" : response.body());
			out.flush();
			return 0;
		}
		String detail = response.body();
		if (!detail.isBlank() && detail.startsWith("{")) {
			JsonNode problem = JSON.readTree(detail);
			detail = problem.path("detail").asText(detail) + (problem.has("errors") ? " " + problem.get("errors") : "");
		}
		err.println("Refused (" + response.statusCode() + "): " + detail);
		err.flush();
		return REFUSED;
	}

	private int unreachable(String url, IOException ex) {
		PrintWriter err = this.options.spec.commandLine().getErr();
		err.println("Cannot reach " + url + " (" + ex.getClass().getSimpleName() + "). Is the stack running? "
				+ "Start it with ./run-local, or set --assignments-url / --reporting-url.");
		err.flush();
		return UNREACHABLE;
	}

}
