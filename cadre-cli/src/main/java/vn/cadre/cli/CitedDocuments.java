package vn.cadre.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks the documents a batch of commands will cite against the register
 * ({@code GET /api/documents/registered}) before the first command is sent: a missing one
 * would have every command of the batch refused in turn.
 */
final class CitedDocuments {

	private CitedDocuments() {
	}

	/**
	 * 0 when every document is registered; else the exit code, having said which are
	 * missing (or why the register could not be asked).
	 */
	static int requireRegistered(Cadre cadre, Api api, Collection<String> numbers) {
		String query = numbers.stream()
			.map(number -> "number=" + URLEncoder.encode(number, StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		Optional<JsonNode> answer = api.exchange(cadre.assignmentsUrl, "/api/documents/registered?" + query, "GET");
		if (answer.isEmpty()) {
			return (api.failure() != 0) ? api.failure() : Api.REFUSED;
		}
		List<String> missing = new ArrayList<>();
		answer.get().path("missing").forEach(number -> missing.add(number.asText()));
		if (missing.isEmpty()) {
			return 0;
		}
		cadre.err()
			.println("Văn bản chưa được đăng ký / Not registered: " + String.join(", ", missing)
					+ ". Không lệnh nào được gửi; hãy đăng ký trước (./cadre documents register) / Nothing was sent; "
					+ "register " + ((missing.size() == 1) ? "it" : "them") + " first (./cadre documents register).");
		cadre.err().flush();
		return Api.REFUSED;
	}

}
