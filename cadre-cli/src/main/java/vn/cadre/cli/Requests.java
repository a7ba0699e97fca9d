package vn.cadre.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The requests this client sends, built alike so that none slips through unsigned or
 * asking for a page: signed in as the user said, asking for the types wanted or a problem
 * report, and, when they read the read side, waiting for this client's own writes
 * ({@link OwnWrites}).
 */
final class Requests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Cadre options;

	private final OwnWrites ownWrites;

	private final Credentials.SignIn signIn;

	Requests(Cadre options, OwnWrites ownWrites, Credentials.SignIn signIn) {
		this.options = options;
		this.ownWrites = ownWrites;
		this.signIn = signIn;
	}

	/**
	 * A command to the command side; under a command id, a retry is answered as the first
	 * time rather than applied twice.
	 */
	HttpRequest.Builder command(String path, Map<String, ?> body, String commandId) {
		HttpRequest.Builder request = carrying(this.options.assignmentsUrl + path, "POST", body);
		if (commandId != null) {
			request.header("X-Command-Id", commandId);
		}
		return request;
	}

	HttpRequest.Builder carrying(String url, String method, Map<String, ?> body) {
		return signIn(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header("Accept", AnswerTypes.JSON.accept())
			.method(method, HttpRequest.BodyPublishers.ofString(json(body))));
	}

	/** A request without a body whose answer, if any, is JSON. */
	HttpRequest.Builder bodiless(String baseUrl, String path, String method) {
		return signIn(
				("GET".equals(method) ? awaited(baseUrl, path) : HttpRequest.newBuilder(URI.create(baseUrl + path)))
					.header("Accept", AnswerTypes.JSON.accept())
					.method(method, HttpRequest.BodyPublishers.noBody()));
	}

	HttpRequest.Builder read(String baseUrl, String path, AnswerTypes types) {
		return signIn(awaited(baseUrl, path).header("Accept", types.accept()).GET());
	}

	private HttpRequest.Builder awaited(String baseUrl, String path) {
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

}
