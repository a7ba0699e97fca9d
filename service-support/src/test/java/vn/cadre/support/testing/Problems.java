package vn.cadre.support.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.cadre.support.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** What every service's error must be, checked on an answer read off the socket. */
public final class Problems {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Problems() {
	}

	/**
	 * Requires {@code answer} to be an RFC 9457 problem of {@code status}, with a title
	 * and a detail; answers its body.
	 */
	public static JsonNode assertProblem(RawHttp.Answer answer, int status) throws JsonProcessingException {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(answer.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asText()).isNotBlank();
		assertThat(problem.get("detail").asText()).isNotBlank();
		return problem;
	}

	/** The header line that signs a raw request in as the test user of {@code role}. */
	public static String signedInAs(Role role) {
		return "Authorization: Basic " + Base64.getEncoder()
			.encodeToString((TestUsers.nameOf(role) + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

}
