package vn.cadre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Talks to the services: JSON in, JSON out; turns an HTTP answer into an exit code and
 * printed text; reads its own writes ({@link OwnWrites}).
 */
final class Api {

	static final int REFUSED = 2;

	static final int UNREACHABLE = 3;

	/** The read side did not include this client's own changes within its wait. */
	static final int BEHIND = 5;

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Cadre options;

	private final OwnWrites ownWrites;

	/** The exit code of the last request that failed, 0 while none has. */
	private int failure;

	Api(Cadre options) {
		this.options = options;
		this.ownWrites = new OwnWrites(options);
	}

	int failure() {
		return this.failure;
	}

	int put(String baseUrl, String path, Map<String, ?> body) {
		return send(baseUrl,
				signIn(HttpRequest.newBuilder(URI.create(baseUrl + path))
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofString(json(body)))));
	}

	int post(String path, Map<String, ?> body) {
		return send(this.options.assignmentsUrl, request(path, body, this.options.commandId));
	}

	/**
	 * The answer to one command, for callers that print their own summary; the position
	 * it stored up to, if it says.
	 */
	record Answer(int status, boolean replayed, String body, Long position) {

		boolean accepted() {
			return this.status < 400;
		}

		/** The problem's detail, or the body as it came. */
		String detail() {
			try {
				JsonNode problem = JSON.readTree(this.body);
				return problem.path("detail").asText(this.body)
						+ (problem.has("errors") ? " " + problem.get("errors") : "");
			}
			catch (IOException ex) {
				return this.body;
			}
		}

	}

	/** Sends one command under a chosen command id, without printing anything. */
	Answer command(String path, Map<String, ?> body, String commandId) throws IOException {
		try {
			HttpResponse<String> response = this.http.send(
					request(path, body, commandId).timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			this.ownWrites.remember(response);
			return new Answer(response.statusCode(),
					"true".equals(response.headers().firstValue("X-Command-Replayed").orElse(null)), response.body(),
					OwnWrites.position(response));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

	private HttpRequest.Builder request(String path, Map<String, ?> body, String commandId) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.options.assignmentsUrl + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofString(json(body)));
		signIn(request);
		if (commandId != null) {
			request.header("X-Command-Id", commandId);
		}
		return request;
	}

	int get(String baseUrl, String path) {
		return send(baseUrl, signIn(read(baseUrl, path).header("Accept", "application/json, text/*;q=0.9").GET()));
	}

	private HttpRequest.Builder read(String baseUrl, String path) {
		return this.ownWrites.awaited(HttpRequest.newBuilder(URI.create(baseUrl + path)), baseUrl, path);
	}

	private HttpRequest.Builder signIn(HttpRequest.Builder request) {
		this.options.authorization().ifPresent((value) -> request.header("Authorization", value));
		return request;
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
		return exchange(baseUrl, path, method, false);
	}

	/**
	 * As {@link #exchange}, but a 404 is an empty answer rather than a printed refusal.
	 */
	Optional<JsonNode> find(String baseUrl, String path) {
		return exchange(baseUrl, path, "GET", true);
	}

	private Optional<JsonNode> exchange(String baseUrl, String path, String method, boolean absentIsEmpty) {
		HttpRequest.Builder request = ("GET".equals(method) ? read(baseUrl, path)
				: HttpRequest.newBuilder(URI.create(baseUrl + path)))
			.header("Accept", "application/json")
			.method(method, HttpRequest.BodyPublishers.noBody());
		signIn(request);
		try {
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			this.ownWrites.remember(response);
			if (response.statusCode() == 404 && absentIsEmpty) {
				return Optional.empty();
			}
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
			this.failure = UNREACHABLE;
			return Optional.empty();
		}
	}

	/** Saves an answer to a file (a report in XLSX or DOCX, say). */
	int download(String baseUrl, String path, Path file) {
		try {
			HttpResponse<byte[]> response = this.http.send(
					signIn(read(baseUrl, path).timeout(Duration.ofSeconds(120)).GET()).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (OwnWrites.isBehind(response)) {
				return behind(response);
			}
			if (response.statusCode() >= 400) {
				PrintWriter err = this.options.spec.commandLine().getErr();
				err.println("Refused (" + response.statusCode() + "): "
						+ new String(response.body(), StandardCharsets.UTF_8));
				err.flush();
				return REFUSED;
			}
			Files.write(file, response.body());
			PrintWriter out = this.options.spec.commandLine().getOut();
			out.println("Đã ghi / Written: " + file + " (" + response.body().length + " bytes)");
			out.flush();
			return 0;
		}
		catch (IOException ex) {
			return unreachable(baseUrl, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return UNREACHABLE;
		}
	}

	int postTo(String baseUrl, String path) {
		return send(baseUrl,
				signIn(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.noBody())));
	}

	int delete(String baseUrl, String path) {
		return send(baseUrl, signIn(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE()));
	}

	private int send(String baseUrl, HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			this.ownWrites.remember(response);
			return answer(response);
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
		if (OwnWrites.isBehind(response)) {
			return behind(response);
		}
		String detail = response.body();
		if (!detail.isBlank() && detail.startsWith("{")) {
			JsonNode problem = JSON.readTree(detail);
			detail = problem.path("detail").asText(detail) + (problem.has("errors") ? " " + problem.get("errors") : "");
		}
		if (response.statusCode() == 401) {
			detail = "chưa đăng nhập / not signed in: give --user with CADRE_PASSWORD or --password-file, or a token (CADRE_TOKEN, --token-file)";
		}
		err.println("Refused (" + response.statusCode() + "): " + detail);
		err.flush();
		this.failure = REFUSED;
		return REFUSED;
	}

	private int behind(HttpResponse<?> response) {
		this.ownWrites.reportBehind(response);
		this.failure = BEHIND;
		return BEHIND;
	}

	private int unreachable(String url, IOException ex) {
		PrintWriter err = this.options.spec.commandLine().getErr();
		err.println("Cannot reach " + url + " (" + ex.getClass().getSimpleName() + "). Is the stack running? "
				+ "Start it with ./run-local, or set --assignments-url / --reporting-url.");
		err.flush();
		this.failure = UNREACHABLE;
		return UNREACHABLE;
	}

}
