package vn.cadre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The requests of one {@link Api} that the services did not answer as asked: said on
 * standard error, in words that point at the cause (credentials, addresses, a read side
 * still behind, a stack not started), and remembered as an exit code. Commands that send
 * many requests read {@link #last()} rather than re-deriving the cause, since the message
 * has already been printed.
 */
final class Failures {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Cadre options;

	private final Credentials.SignIn signIn;

	private final OwnWrites ownWrites;

	/** The exit code of the last request that failed, 0 while none has. */
	private int last;

	Failures(Cadre options, Credentials.SignIn signIn, OwnWrites ownWrites) {
		this.options = options;
		this.signIn = signIn;
		this.ownWrites = ownWrites;
	}

	int last() {
		return this.last;
	}

	/**
	 * 0 when the answer is a success of the types asked for; else the exit code, having
	 * said why. A read side that is behind is told apart first: its 503 is no refusal,
	 * and waiting or {@code --no-wait} is the way on. The refusal's words are worked out
	 * only for a refusal, as a JSON answer's problem detail or a file's body as it came.
	 */
	int failed(HttpResponse<?> response, AnswerTypes types, String body, Supplier<String> refusal) {
		if (OwnWrites.isBehind(response)) {
			return behind(response);
		}
		int notServed = notServed(response, types, body);
		if (notServed != 0) {
			return notServed;
		}
		return (response.statusCode() >= 400) ? refused(response.statusCode(), refusal.get()) : 0;
	}

	/**
	 * 0 when the answer is the service's own; else {@link Api#NOT_SERVED}, having said
	 * why, with the credentials tried and where they and the services were looked for.
	 */
	int notServed(HttpResponse<?> response, AnswerTypes types, String body) {
		Optional<String> headline = NotServed.headline(response, types, !body.isEmpty(),
				problemDetail(body).orElse(null));
		if (headline.isEmpty()) {
			return 0;
		}
		say(NotServed.message(headline.get(), this.options, this.signIn));
		this.last = Api.NOT_SERVED;
		return Api.NOT_SERVED;
	}

	private int behind(HttpResponse<?> response) {
		this.ownWrites.reportBehind(response);
		this.last = Api.BEHIND;
		return Api.BEHIND;
	}

	private int refused(int status, String detail) {
		say("Refused (" + status + "): " + detail);
		this.last = Api.REFUSED;
		return Api.REFUSED;
	}

	int unreachable(String url, IOException ex) {
		say("Cannot reach " + url + " (" + ex.getClass().getSimpleName() + "). Is the stack running? "
				+ "Start it with ./run-local, or set --assignments-url / --reporting-url.");
		this.last = Api.UNREACHABLE;
		return Api.UNREACHABLE;
	}

	/** Nothing is said: the wait was cut short here, no service refused anything. */
	int interrupted() {
		this.last = Api.UNREACHABLE;
		return Api.UNREACHABLE;
	}

	/** A problem report's detail, with the fields it names. */
	static Optional<String> problemDetail(String body) {
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

	private void say(String message) {
		PrintWriter err = this.options.spec.commandLine().getErr();
		err.println(message);
		err.flush();
	}

}
