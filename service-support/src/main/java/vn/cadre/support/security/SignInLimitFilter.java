package vn.cadre.support.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cadre.support.web.ProblemResponses;

/**
 * Refuses a password sign-in (HTTP Basic or the login form) with 429 while its user name
 * or its client address is over the limit of failures, before the password is checked. A
 * browser sending the login form is sent back to it ({@code /login?locked=seconds}).
 */
public final class SignInLimitFilter extends OncePerRequestFilter {

	private final SignInAttempts attempts;

	private final ProblemResponses problems;

	SignInLimitFilter(SignInAttempts attempts, ProblemResponses problems) {
		this.attempts = attempts;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> user = attemptedUser(request);
		Optional<Duration> wait = user.flatMap((name) -> this.attempts.refusedFor(name, request.getRemoteAddr()));
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, wait.get().toSeconds() + ((wait.get().toNanosPart() > 0) ? 1 : 0));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		if (fromABrowsersForm(request)) {
			// a person at the sign-in page reads the wait there, as they read a wrong
			// password, rather than a problem document
			response.sendRedirect(request.getContextPath() + "/login?locked=" + seconds);
			return;
		}
		ProblemDetail problem = ProblemResponses.of(HttpStatus.TOO_MANY_REQUESTS.value(),
				ProblemResponses.text("sign-in.too-many", seconds), request);
		this.problems.write(response, problem);
	}

	private static boolean fromABrowsersForm(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return isFormLogin(request) && accept != null && accept.contains("text/html");
	}

	private static boolean isFormLogin(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
	}

	private static Optional<String> attemptedUser(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return (colon < 0) ? Optional.empty() : Optional.of(decoded.substring(0, colon));
			}
			catch (IllegalArgumentException ex) {
				// not Base64: the Basic filter refuses it
				return Optional.empty();
			}
		}
		if (isFormLogin(request)) {
			return Optional.ofNullable(request.getParameter("username"));
		}
		return Optional.empty();
	}

}
