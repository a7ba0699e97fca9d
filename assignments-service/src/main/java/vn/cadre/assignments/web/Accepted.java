package vn.cadre.assignments.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.cadre.kernel.ReadYourWrites;

/**
 * A command the service accepted, with the global position of the last event it stored.
 * Its answers carry that position in the {@code Cadre-Position} header and, where they
 * have a JSON body, in its {@code position} field, so a client can ask the read side for
 * a view that includes its change.
 */
public record Accepted(OptionalLong position) {

	public ResponseEntity<Map<String, Object>> created(URI location, Map<String, ?> body) {
		return withPosition(ResponseEntity.created(location)).body(withPosition(body));
	}

	public ResponseEntity<Map<String, Object>> status(HttpStatus status, Map<String, ?> body) {
		return withPosition(ResponseEntity.status(status)).body(withPosition(body));
	}

	public ResponseEntity<Void> noContent() {
		return withPosition(ResponseEntity.status(HttpStatus.NO_CONTENT)).build();
	}

	private ResponseEntity.BodyBuilder withPosition(ResponseEntity.BodyBuilder response) {
		this.position.ifPresent(last -> response.header(ReadYourWrites.POSITION_HEADER, Long.toString(last)));
		return response;
	}

	private Map<String, Object> withPosition(Map<String, ?> body) {
		Map<String, Object> answer = new LinkedHashMap<>(body);
		this.position.ifPresent(last -> answer.put("position", last));
		return answer;
	}

}
