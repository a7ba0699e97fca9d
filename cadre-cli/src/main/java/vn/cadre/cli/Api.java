package vn.cadre.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
 * printed text; reads its own writes ({@link OwnWrites}). The requests are built by
 * {@link Requests}; an answer that is no success is reported by {@link Failures}.
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

	private final Requests requests;

	private final Failures failures;

	Api(Cadre options) {
		this.options = options;
		this.ownWrites = new OwnWrites(options);
		Credentials.SignIn signIn = options.signIn();
		this.requests = new Requests(options, this.ownWrites, signIn);
		this.failures = new Failures(options, signIn, this.ownWrites);
	}

	/** The exit code of the last request that failed, 0 while none has. */
	int failure() {
		return this.failures.last();
	}

	int put(String baseUrl, String path, Map<String, ?> body) {
		return send(baseUrl, AnswerTypes.JSON, this.requests.carrying(baseUrl + path, "PUT", body));
	}

	int post(String path, Map<String, ?> body) {
		return send(this.options.assignmentsUrl, AnswerTypes.JSON,
				this.requests.command(path, body, this.options.commandId));
	}

	/**
	 * Sends one command under a chosen command id, printing nothing unless the service
	 * did not serve it ({@link NotServed}): then no later command would be either, so it
	 * throws with {@link #failure()} set.
	 */
	CommandAnswer command(String path, Map<String, ?> body, String commandId) throws IOException {
		try {
			HttpResponse<String> response = sent(this.requests.command(path, body, commandId));
			if (this.failures.notServed(response, AnswerTypes.JSON, response.body()) != 0) {
				throw new IOException("not served: " + response.request().method() + " " + response.uri() + " "
						+ response.statusCode());
			}
			return new CommandAnswer(response.statusCode(),
					"true".equals(response.headers().firstValue("X-Command-Replayed").orElse(null)), response.body(),
					OwnWrites.position(response));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

	int get(String baseUrl, String path) {
		return get(baseUrl, path, AnswerTypes.JSON);
	}

	/**
	 * A read whose answer is text of the given types (a report in Markdown, a CSV table).
	 */
	int get(String baseUrl, String path, AnswerTypes types) {
		return send(baseUrl, types, this.requests.read(baseUrl, path, types));
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
		HttpRequest.Builder request = this.requests.bodiless(baseUrl, path, method);
		try {
			HttpResponse<String> response = sent(request);
			if (response.statusCode() == 404 && absentIsEmpty
					&& this.failures.notServed(response, AnswerTypes.JSON, response.body()) == 0) {
				return Optional.empty();
			}
			return (failed(response, AnswerTypes.JSON) != 0) ? Optional.empty()
					: Optional.of(JSON.readTree(response.body()));
		}
		catch (IOException ex) {
			this.failures.unreachable(baseUrl, ex);
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.failures.interrupted();
			return Optional.empty();
		}
	}

	/** Saves an answer of the given types to a file (a report in XLSX or DOCX, say). */
	int download(String baseUrl, String path, Path file, AnswerTypes types) {
		try {
			HttpResponse<byte[]> response = this.http.send(
					this.requests.read(baseUrl, path, types).timeout(Duration.ofSeconds(120)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			String text = new String(response.body(), StandardCharsets.UTF_8);
			int failed = this.failures.failed(response, types, text, () -> text);
			if (failed != 0) {
				return failed;
			}
			Files.write(file, response.body());
			PrintWriter out = this.options.spec.commandLine().getOut();
			out.println("Đã ghi / Written: " + file + " (" + response.body().length + " bytes)");
			out.flush();
			return 0;
		}
		catch (IOException ex) {
			return this.failures.unreachable(baseUrl, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return UNREACHABLE;
		}
	}

	int postTo(String baseUrl, String path) {
		return send(baseUrl, AnswerTypes.JSON, this.requests.bodiless(baseUrl, path, "POST"));
	}

	int delete(String baseUrl, String path) {
		return send(baseUrl, AnswerTypes.JSON, this.requests.bodiless(baseUrl, path, "DELETE"));
	}

	/** Sent, and its position kept whatever the caller makes of the answer. */
	private HttpResponse<String> sent(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString());
		this.ownWrites.remember(response);
		return response;
	}

	private int send(String baseUrl, AnswerTypes types, HttpRequest.Builder request) {
		try {
			return answer(sent(request), types);
		}
		catch (IOException ex) {
			return this.failures.unreachable(baseUrl, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return UNREACHABLE;
		}
	}

	private int answer(HttpResponse<String> response, AnswerTypes types) {
		int failed = failed(response, types);
		if (failed != 0) {
			return failed;
		}
		PrintWriter out = this.options.spec.commandLine().getOut();
		out.println(response.body().isEmpty() ? "OK (" + response.statusCode() + ")" : response.body());
		out.flush();
		return 0;
	}

	private int failed(HttpResponse<String> response, AnswerTypes types) {
		return this.failures.failed(response, types, response.body(),
				() -> Failures.problemDetail(response.body()).orElse(response.body()));
	}

}
