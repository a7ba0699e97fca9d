package vn.cadre.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registers the legal documents a test's commands cite; every change must cite a
 * registered one.
 */
final class CitedDocuments {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private CitedDocuments() {
	}

	static void register(String assignmentsUrl, String number) throws IOException, InterruptedException {
		String body = "{\"number\":\"" + number
				+ "\",\"issuedOn\":\"2025-06-16\",\"issuer\":\"Ủy ban Thường vụ Quốc hội\","
				+ "\"kind\":\"RESOLUTION\",\"title\":\"Văn bản làm căn cứ\"}";
		int status = HTTP
			.send(TestStacks.request((assignmentsUrl + "/api/documents"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
		assertThat(status).as("registering %s", number).isIn(201, 409);
	}

}
