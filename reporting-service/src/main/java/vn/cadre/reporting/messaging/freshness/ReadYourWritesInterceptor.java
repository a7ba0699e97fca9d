package vn.cadre.reporting.messaging.freshness;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.cadre.kernel.ReadYourWrites;
import vn.cadre.reporting.config.ReportingProperties;
import vn.cadre.reporting.web.QueryRefused;
import vn.cadre.support.web.ProblemResponses;
import vn.cadre.support.text.Text;

/**
 * A read that names a position (the one a command answered with) is answered once every
 * read model has applied the history up to it, so a client sees its own write; after
 * {@code cadre.reporting.read-your-writes-wait} it gets 503 with {@code Retry-After}
 * instead of an answer that would not show it.
 */
@Component
public class ReadYourWritesInterceptor implements HandlerInterceptor {

	private static final Duration POLL = Duration.ofMillis(20);

	private final ReadSideStatus status;

	private final Duration wait;

	private final ProblemResponses problems;

	ReadYourWritesInterceptor(ReadSideStatus status, ReportingProperties properties, ProblemResponses problems) {
		this.status = status;
		this.wait = properties.readYourWritesWait();
		this.problems = problems;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException, InterruptedException {
		String asked = request.getHeader(ReadYourWrites.MIN_POSITION_HEADER);
		if (asked == null) {
			asked = request.getParameter(ReadYourWrites.MIN_POSITION_PARAMETER);
		}
		if (asked == null) {
			return true;
		}
		long position;
		try {
			position = Long.parseLong(asked.trim());
		}
		catch (NumberFormatException ex) {
			position = -1;
		}
		if (position < 0) {
			refuse(request, response, HttpStatus.BAD_REQUEST,
					QueryRefused.text("position.invalid", ReadYourWrites.MIN_POSITION_HEADER, asked));
			return false;
		}
		long deadline = System.nanoTime() + this.wait.toNanos();
		long through = this.status.appliedThrough();
		while (through < position && System.nanoTime() < deadline) {
			Thread.sleep(POLL.toMillis());
			through = this.status.appliedThrough();
		}
		if (through < position) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE,
					QueryRefused.text("position.not-applied", position, through));
			return false;
		}
		response.setHeader(ReadYourWrites.POSITION_HEADER, String.valueOf(through));
		return true;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Text reason)
			throws IOException {
		this.problems.write(response, ProblemResponses.of(status.value(), reason, request));
	}

}
