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

	/**
	 * The service did not serve the request as this client's: it refused the credentials
	 * (401) or the role (403), redirected (to its sign-in page), or what answered was not
	 * its API (a web page where JSON was asked for). See {@link NotServed}.
	 */
	static final int NOT_SERVED = 6;

	private static final ObjectMapper JSON = new ObjectMapper();

	// A redirect from the services means "sign in first": followed, it would turn a
	// refusal into the sign-in page's 200.
	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final Cadre options;

	private final OwnWrites ownWrites;

	private final Credentials.SignIn signIn;

	/** The exit code of the last request that failed, 0 while none has. */
	private int failure;

	Api(Cadre options) {
		this.options = options;
		this.ownWrites = new OwnWrites(options);
		this.signIn = options.signIn();
	}

	int failure() {
		return this.failure;
	}

	int put(String baseUrl, String path, Map<String, ?> body) {
		return send(baseUrl, AnswerTypes.JSON,
				signIn(HttpRequest.newBuilder(URI.create(baseUrl + path))
					.header("Content-Type", "application/json")
					.header("Accept", AnswerTypes.JSON.accept())
					.PUT(HttpRequest.BodyPublishers.ofString(json(body)))));
	}

	int post(String path, Map<String, ?> body) {
		return send(this.options.assignmentsUrl, AnswerTypes.JSON, request(path, body, this.options.commandId));
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

	/**
	 * Sends one command under a chosen command id, printing nothing unless the service
	 * did not serve it ({@link NotServed}): then no later command would be either, so it
	 * throws with {@link #failure()} set.
	 */
	Answer command(String path, Map<String, ?> body, String commandId) throws IOException {
		try {
			HttpResponse<String> response = this.http.send(
					request(path, body, commandId).timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			this.ownWrites.remember(response);
			if (notServed(response, AnswerTypes.JSON, response.body()) != 0) {
				throw new IOException("not served: " + response.request().method() + " " + response.uri() + " "
						+ response.statusCode());
			}
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
			.header("Accept", AnswerTypes.JSON.accept())
			.POST(HttpRequest.BodyPublishers.ofString(json(body)));
		signIn(request);
		if (commandId != null) {
			request.header("X-Command-Id", commandId);
		}
		return request;
	}

	int get(String baseUrl, String path) {
		return get(baseUrl, path, AnswerTypes.JSON);
	}

	/**
	 * A read whose answer is text of the given types (a report in Markdown, a CSV table).
	 */
	int get(String baseUrl, String path, AnswerTypes types) {
		return send(baseUrl, types, signIn(read(baseUrl, path).header("Accept", types.accept()).GET()));
	}

	private HttpRequest.Builder read(String baseUrl, String path) {
		return this.ownWrites.awaited(HttpRequest.newBuilder(URI.create(baseUrl + path)), baseUrl, path);
	}

	private HttpRequest.Builder signIn(HttpRequest.Builder request) {
		this.signIn.authorization().ifPresent((value) -> request.header("Authorization", value));
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
			.header("Accept", AnswerTypes.JSON.accept())
			.method(method, HttpRequest.BodyPublishers.noBody());
		signIn(request);
		try {
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			this.ownWrites.remember(response);
			if (response.statusCode() == 404 && absentIsEmpty
					&& notServed(response, AnswerTypes.JSON, response.body()) == 0) {
				return Optional.empty();
			}
			if (response.statusCode() >= 300) {
				answer(response, AnswerTypes.JSON);
				return Optional.empty();
			}
			if (notServed(response, AnswerTypes.JSON, response.body()) != 0) {
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

	/** Saves an answer of the given types to a file (a report in XLSX or DOCX, say). */
	int download(String baseUrl, String path, Path file, AnswerTypes types) {
		try {
			HttpResponse<byte[]> response = this.http.send(
					signIn(read(baseUrl, path).header("Accept", types.accept()).timeout(Duration.ofSeconds(120)).GET())
						.build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (OwnWrites.isBehind(response)) {
				return behind(response);
			}
			int notServed = notServed(response, types, new String(response.body(), StandardCharsets.UTF_8));
			if (notServed != 0) {
				return notServed;
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
		return send(baseUrl, AnswerTypes.JSON,
				signIn(HttpRequest.newBuilder(URI.create(baseUrl + path))
					.header("Accept", AnswerTypes.JSON.accept())
					.POST(HttpRequest.BodyPublishers.noBody())));
	}

	int delete(String baseUrl, String path) {
		return send(baseUrl, AnswerTypes.JSON,
				signIn(HttpRequest.newBuilder(URI.create(baseUrl + path))
					.header("Accept", AnswerTypes.JSON.accept())
					.DELETE()));
	}

	private int send(String baseUrl, AnswerTypes types, HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			this.ownWrites.remember(response);
			return answer(response, types);
		}
		catch (IOException ex) {
			return unreachable(baseUrl, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return UNREACHABLE;
		}
	}

	private int answer(HttpResponse<String> response, AnswerTypes types) throws IOException {
		PrintWriter out = this.options.spec.commandLine().getOut();
		PrintWriter err = this.options.spec.commandLine().getErr();
		if (OwnWrites.isBehind(response)) {
			return behind(response);
		}
		int notServed = notServed(response, types, response.body());
		if (notServed != 0) {
			return notServed;
		}
		if (response.statusCode() < 400) {
			out.println(response.body().isEmpty() ? "OK (" + response.statusCode() + ")" : response.body());
			out.flush();
			return 0;
		}
		String detail = problemDetail(response.body()).orElse(response.body());
		err.println("Refused (" + response.statusCode() + "): " + detail);
		err.flush();
		this.failure = REFUSED;
		return REFUSED;
	}

	/**
	 * 0 when the answer is the service's own; else {@link #NOT_SERVED}, having said why,
	 * with the credentials tried and where they and the services were looked for.
	 */
	private int notServed(HttpResponse<?> response, AnswerTypes types, String body) {
		Optional<String> headline = NotServed.headline(response, types, !body.isEmpty(),
				problemDetail(body).orElse(null));
		if (headline.isEmpty()) {
			return 0;
		}
		PrintWriter err = this.options.spec.commandLine().getErr();
		err.println(NotServed.message(headline.get(), this.options, this.signIn));
		err.flush();
		this.failure = NOT_SERVED;
		return NOT_SERVED;
	}

	/** A problem report's detail, with the fields it names. */
	private static Optional<String> problemDetail(String body) {
		if (body.isBlank() || !body.startsWith("{")) {
			return Optional.empty();
		}
		try {
			JsonNode problem = JSON.readTree(body);
			return Optional
				.of(problem.path("detail").asText(body) + (problem.has("errors") ? " " + problem.get("errors") : ""));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
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
