package vn.cadre.console.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A service answered with an error: its status, and the field and detail of its problem
 * answer when it gave one, so a page can say what was refused and where.
 */
public class ServiceRefused extends RuntimeException {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final int status;

	private final String field;

	private final String detail;

	ServiceRefused(int status, String field, String detail) {
		super("HTTP " + status + ": " + detail);
		this.status = status;
		this.field = field;
		this.detail = detail;
	}

	static ServiceRefused from(URI uri, ClientHttpResponse response) throws IOException {
		int status = response.getStatusCode().value();
		String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
		String field = null;
		String detail = null;
		try {
			JsonNode problem = JSON.readTree(body);
			if (problem != null && problem.isObject()) {
				field = text(problem, "field");
				detail = text(problem, "detail");
			}
		}
		catch (IOException ex) {
			// not a problem answer: the status alone is what we know
		}
		return new ServiceRefused(status, field, detail);
	}

	private static String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value == null || value.isNull()) ? null : value.asText();
	}

	public int status() {
		return this.status;
	}

	/** The request field the service named, if it named one. */
	public String field() {
		return this.field;
	}

	/** The service's own words, Vietnamese first, if it gave them. */
	public String detail() {
		return this.detail;
	}

}
