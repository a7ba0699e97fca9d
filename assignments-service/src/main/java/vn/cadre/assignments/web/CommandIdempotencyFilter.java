package vn.cadre.assignments.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bson.Document;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.cadre.assignments.Refusal;
import vn.cadre.kernel.ReadYourWrites;
import vn.cadre.support.text.Text;
import vn.cadre.support.web.ProblemResponses;

/**
 * Makes every command idempotent by its client-supplied id ({@code X-Command-Id}): the
 * first outcome, accepted or refused, is recorded and returned again for a resubmission,
 * which appends nothing; an accepted one answers again with the position it stored. The
 * same id with a different request is refused (422); a resubmission while the first is
 * still running gets 409.
 */
@Component
class CommandIdempotencyFilter extends OncePerRequestFilter {

	private static final Pattern COMMAND_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

	private final CommandOutcomes outcomes;

	private final ProblemResponses problems;

	CommandIdempotencyFilter(CommandOutcomes outcomes, ProblemResponses problems) {
		this.outcomes = outcomes;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
				|| request.getHeader(CommandSender.COMMAND_ID_HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String commandId = request.getHeader(CommandSender.COMMAND_ID_HEADER).strip();
		if (!COMMAND_ID.matcher(commandId).matches()) {
			problem(request, response, HttpStatus.BAD_REQUEST, "request.command-id-form");
			return;
		}
		CachedBodyRequest cached = new CachedBodyRequest(request);
		String requestHash = hash(request.getRequestURI(), cached.body());
		Optional<Document> existing = this.outcomes.claimOrExisting(commandId, requestHash);
		if (existing.isPresent()) {
			replay(existing.get(), requestHash, request, response);
			return;
		}
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		boolean completed = false;
		try {
			chain.doFilter(cached, recorded);
			if (recorded.getStatus() < 500) {
				this.outcomes.complete(commandId, recorded.getStatus(), recorded.getContentType(),
						recorded.getHeader(HttpHeaders.LOCATION), recorded.getHeader(ReadYourWrites.POSITION_HEADER),
						new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8));
				completed = true;
			}
		}
		finally {
			if (!completed) {
				this.outcomes.release(commandId);
			}
			recorded.copyBodyToResponse();
		}
	}

	private void replay(Document outcome, String requestHash, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (!requestHash.equals(outcome.getString("requestHash"))) {
			problem(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "request.command-id-reused");
			return;
		}
		if (!"COMPLETED".equals(outcome.getString("state"))) {
			problem(request, response, HttpStatus.CONFLICT, "request.command-in-progress");
			return;
		}
		response.setStatus(outcome.getInteger("status"));
		if (outcome.getString("contentType") != null) {
			response.setContentType(outcome.getString("contentType"));
		}
		if (outcome.getString("location") != null) {
			response.setHeader(HttpHeaders.LOCATION, outcome.getString("location"));
		}
		if (outcome.getString("position") != null) {
			response.setHeader(ReadYourWrites.POSITION_HEADER, outcome.getString("position"));
		}
		response.setHeader("X-Command-Replayed", "true");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(outcome.getString("body"));
	}

	private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		this.problems.write(response, ProblemResponses.of(status.value(), new Text(Refusal.BUNDLE, key), request));
	}

	private static String hash(String uri, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(uri.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
