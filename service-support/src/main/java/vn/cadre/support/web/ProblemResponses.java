package vn.cadre.support.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import vn.cadre.support.text.Languages;
import vn.cadre.support.text.Text;
import vn.cadre.support.text.Wording;

/**
 * Writes RFC 9457 problems where no Spring MVC handler answers: the error page, the
 * security filters, the request limits and Tomcat's own refusals. Every one carries
 * {@code status}, {@code title} and a {@code detail} in the language the request accepts
 * (in Vietnamese and English when it names neither), never an exception's message or
 * stack trace.
 */
public final class ProblemResponses {

	/**
	 * The bundle of what both services say about a request, in English and Vietnamese.
	 */
	public static final String BUNDLE = "messages.support";

	private static final Set<Integer> DESCRIBED = Set.of(400, 401, 403, 404, 405, 406, 413, 415, 429, 431, 500, 503);

	private final ObjectMapper json;

	public ProblemResponses(ObjectMapper json) {
		this.json = json;
	}

	/** A text of {@link #BUNDLE}. */
	public static Text text(String key, Object... args) {
		return new Text(BUNDLE, key, args);
	}

	/**
	 * A problem with the status's standard title and its generic detail, in the language
	 * the request accepts.
	 */
	public static ProblemDetail of(int status, HttpServletRequest request) {
		return of(status,
				Languages.say(text(DESCRIBED.contains(status) ? "status." + status : "status.other"), request));
	}

	/**
	 * A problem with the status's standard title and {@code detail} as the request asks.
	 */
	public static ProblemDetail of(int status, Wording detail, HttpServletRequest request) {
		return of(status, Languages.say(detail, request));
	}

	/** A problem with the status's standard title and the given detail. */
	public static ProblemDetail of(int status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
		if (problem.getTitle() == null) {
			problem.setTitle("Error");
		}
		return problem;
	}

	/** Writes the problem as the whole response, with its status. */
	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		OutputStream body = response.getOutputStream();
		body.write(bytes(problem));
		body.flush();
	}

	/** The problem as UTF-8 JSON. */
	public byte[] bytes(ProblemDetail problem) throws IOException {
		return this.json.writeValueAsBytes(problem);
	}

}
