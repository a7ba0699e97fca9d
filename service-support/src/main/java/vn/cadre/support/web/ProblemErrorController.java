package vn.cadre.support.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page of both services, in place of Spring Boot's: whatever reached it (a
 * filter's {@code sendError}, an exception no handler took, a refusal of the security
 * filters) is answered as a problem, whatever the client accepts. Asked for directly, it
 * is not found.
 */
@Controller
class ProblemErrorController implements ErrorController {

	private final ProblemResponses problems;

	ProblemErrorController(ProblemResponses problems) {
		this.problems = problems;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// the container sets the status only when it forwards an error here
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int code = (status instanceof Integer forwarded && forwarded >= 400) ? forwarded : 404;
		this.problems.write(response, ProblemResponses.of(code, request));
	}

}
