package vn.cadre.console.api;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import vn.cadre.kernel.ReadYourWrites;

/**
 * The assignments service's API, as the console uses it: every command is sent as the
 * signed-in person, under a command id the form carried (so a second click or a reload
 * stores nothing twice), and its position is remembered for the person's next reads.
 */
public class CommandSide {

	private final RestClient client;

	CommandSide(RestClient client) {
		this.client = client;
	}

	/** A fresh command id for a form about to be shown. */
	public static String newCommandId() {
		return "console-" + UUID.randomUUID();
	}

	/**
	 * Sends one command; a refusal is thrown as {@link ServiceRefused} with the field and
	 * the rule's words.
	 */
	public Recorded send(String path, Map<String, ?> body, String commandId) {
		ResponseEntity<JsonNode> answer = this.client.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Command-Id", commandId)
			.body(body)
			.retrieve()
			.toEntity(JsonNode.class);
		String position = answer.getHeaders().getFirst(ReadYourWrites.POSITION_HEADER);
		long recorded = (position != null) ? Long.parseLong(position) : -1;
		if (recorded >= 0) {
			OwnWrites.remember(recorded);
		}
		return new Recorded(recorded, answer.getBody());
	}

	/** What the command side answered: the position of its last event, and its body. */
	public record Recorded(long position, JsonNode body) {

	}

}
