package vn.cadre.console.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import vn.cadre.kernel.ReadYourWrites;

/**
 * The assignments service's API, as the console uses it: every command is sent as the
 * signed-in person, under a command id the form carried (so a second click or a reload
 * stores nothing twice), and its position is remembered for the person's next reads.
 */
public class CommandSide {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final RestClient client;

	CommandSide(RestClient client) {
		this.client = client;
	}

	/** A fresh command id for a form about to be shown. */
	public static String newCommandId() {
		return "console-" + UUID.randomUUID();
	}

	/**
	 * Sends one command; a refusal is thrown as {@link Refused} (a
	 * {@link ServiceRefused}) with the field, the rule and the rule's words. The path is
	 * a template whose variables (ids typed by people) are encoded here.
	 */
	public Recorded send(String path, Map<String, ?> body, String commandId, Object... pathVariables) {
		ResponseEntity<JsonNode> answer = this.client.post()
			.uri(path, pathVariables)
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Command-Id", commandId)
			.body(body)
			.retrieve()
			// before the clients' default handler, which knows no rule and no field list
			.onStatus(HttpStatusCode::isError, (request, response) -> {
				throw Refused.from(response);
			})
			.toEntity(JsonNode.class);
		String position = answer.getHeaders().getFirst(ReadYourWrites.POSITION_HEADER);
		long recorded = (position != null) ? Long.parseLong(position) : -1;
		if (recorded >= 0) {
			OwnWrites.remember(recorded);
		}
		return new Recorded(recorded, answer.getBody(),
				"true".equals(answer.getHeaders().getFirst("X-Command-Replayed")));
	}

	/** Whether a document of that number is registered, so commands may cite it. */
	public boolean isRegistered(String documentNumber) {
		JsonNode answer = this.client.get()
			.uri((uri) -> uri.path("/api/documents/registered").queryParam("number", documentNumber).build())
			.retrieve()
			.body(JsonNode.class);
		return answer != null && answer.path("missing").isEmpty();
	}

	/**
	 * The locality an assignment of that person in that unit would record, with its
	 * basis; a person or unit the command side does not know is thrown as
	 * {@link Refused}.
	 */
	public Locality locality(String unitId, String personId) {
		return this.client.get()
			.uri((uri) -> uri.path("/api/units/{unitId}/locality")
				.queryParam("personId", "{personId}")
				.build(unitId, personId))
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
				throw Refused.from(response);
			})
			.body(Locality.class);
	}

	/**
	 * Whether a person would be a local of a unit, and the reason it can be checked by.
	 */
	public record Locality(String locality, String basis) {

		public boolean local() {
			return "LOCAL".equals(this.locality);
		}

	}

	/**
	 * What the command side answered: the position of its last event, its body, and
	 * whether the command id had been recorded before (nothing new was stored).
	 */
	public record Recorded(long position, JsonNode body, boolean replayed) {

	}

	/**
	 * A command the service refused, with all its problem answer says: the rule broken
	 * (the name of the service's rule, for a broken rule) and, for a refused body, each
	 * field with what is wrong with it, so a form can put the words next to the field.
	 */
	public static final class Refused extends ServiceRefused {

		private final String rule;

		private final List<FieldProblem> fieldProblems;

		public Refused(int status, String field, String rule, String detail, List<FieldProblem> fieldProblems) {
			super(status, field, detail);
			this.rule = rule;
			this.fieldProblems = List.copyOf(fieldProblems);
		}

		static Refused from(ClientHttpResponse response) throws IOException {
			int status = response.getStatusCode().value();
			String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
			try {
				JsonNode problem = JSON.readTree(body);
				if (problem != null && problem.isObject()) {
					List<FieldProblem> problems = new ArrayList<>();
					JsonNode errors = problem.path("errors");
					if (errors.isArray()) {
						errors.forEach((error) -> problems.add(new FieldProblem(error.path("field").asText(null),
								error.path("message").asText(null))));
					}
					return new Refused(status, text(problem, "field"), text(problem, "rule"), text(problem, "detail"),
							problems);
				}
			}
			catch (IOException ex) {
				// not a problem answer: the status alone is what we know
			}
			return new Refused(status, null, null, null, List.of());
		}

		private static String text(JsonNode node, String name) {
			JsonNode value = node.get(name);
			return (value == null || value.isNull()) ? null : value.asText();
		}

		/** The name of the rule the command broke, if it broke one. */
		public String rule() {
			return this.rule;
		}

		/** For a refused body: each faulty field, with the service's words about it. */
		public List<FieldProblem> fieldProblems() {
			return this.fieldProblems;
		}

	}

	/** One field of a refused body and what is wrong with it. */
	public record FieldProblem(String field, String message) {

	}

}
