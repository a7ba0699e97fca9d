package vn.cadre.cli;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The answer to one command, for callers that print their own summary; the position it
 * stored up to, if it says.
 */
record CommandAnswer(int status, boolean replayed, String body, Long position) {

	private static final ObjectMapper JSON = new ObjectMapper();

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
