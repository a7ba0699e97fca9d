package vn.cadre.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.web.client.RestClient;

/**
 * The command side's verification of the hash chain: every stored event re-hashed and
 * held against the digests published elsewhere.
 */
public class HistoryCheck {

	private final RestClient client;

	HistoryCheck(RestClient client) {
		this.client = client;
	}

	public JsonNode verify() {
		return this.client.get().uri("/api/audit/verify").retrieve().body(JsonNode.class);
	}

}
