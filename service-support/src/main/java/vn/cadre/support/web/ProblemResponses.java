package vn.cadre.support.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes RFC 9457 problems where no Spring MVC handler answers: the error page, the
 * security filters, the request limits and Tomcat's own refusals. Every one carries
 * {@code status}, {@code title} and a {@code detail} in Vietnamese and English, never an
 * exception's message or stack trace.
 */
public final class ProblemResponses {

	private static final Map<Integer, String> DETAILS = Map.ofEntries(
			Map.entry(400, "Yêu cầu không hợp lệ / The request is not valid"),
			Map.entry(401, "Cần đăng nhập / Sign-in is required"),
			Map.entry(403, "Không có quyền thực hiện yêu cầu này / You are not allowed to do this"),
			Map.entry(404, "Không tìm thấy / Not found"),
			Map.entry(405, "Phương thức không được hỗ trợ ở đây / This method is not supported here"),
			Map.entry(406, "Không có định dạng trả lời phù hợp / No acceptable representation"),
			Map.entry(413, "Nội dung yêu cầu quá lớn / The request is too large"),
			Map.entry(415, "Định dạng nội dung không được hỗ trợ / This content type is not supported"),
			Map.entry(429, "Quá nhiều yêu cầu, hãy thử lại sau / Too many requests; try again later"),
			Map.entry(431, "Phần đầu yêu cầu quá lớn / The request headers are too large"),
			Map.entry(500, "Lỗi máy chủ, đã được ghi lại / An internal error occurred; it has been logged"),
			Map.entry(503, "Dịch vụ tạm thời không sẵn sàng / The service is temporarily unavailable"));

	private static final String OTHER = "Không thực hiện được yêu cầu / The request could not be completed";

	private final ObjectMapper json;

	public ProblemResponses(ObjectMapper json) {
		this.json = json;
	}

	/** A problem with the status's standard title and its generic, bilingual detail. */
	public static ProblemDetail of(int status) {
		return of(status, DETAILS.getOrDefault(status, OTHER));
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
