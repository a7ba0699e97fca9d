package vn.cadre.cli;

import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * An answer that is not the service's answer to this client: a redirect (to the sign-in
 * page, as a rule), a 401 or a 403, or a web page where JSON or a file was asked for.
 * Such an answer is never a success: it exits {@link Api#NOT_SERVED} with one message
 * that says what came back, which credentials were tried and where the client looked for
 * them and for the services, so that a wrong password file is not mistaken for an empty
 * answer.
 */
final class NotServed {

	private NotServed() {
	}

	/**
	 * What was wrong with the answer, or empty when it is the service's own (a success of
	 * the type asked for, or a problem report).
	 */
	static Optional<String> headline(HttpResponse<?> response, AnswerTypes expected, boolean hasBody,
			String problemDetail) {
		int status = response.statusCode();
		String request = response.request().method() + " " + response.uri();
		if (status >= 300 && status < 400) {
			String to = response.headers().firstValue("Location").orElse("(no Location)");
			return Optional.of("Bị chuyển hướng / Redirected: " + request + " answered " + status + " to " + to
					+ " (most likely the sign-in page) instead of the service's JSON; the client follows no "
					+ "redirect.");
		}
		if (status == 401) {
			return Optional.of("Chưa đăng nhập / Not signed in: " + request
					+ " answered 401: the service did not take the credentials.");
		}
		if (status == 403) {
			return Optional.of("Không có quyền / Not allowed: " + request + " answered 403: "
					+ ((problemDetail != null) ? problemDetail : "the user lacks the role for this request") + ".");
		}
		Optional<String> type = response.headers().firstValue("Content-Type");
		boolean page = type.map(value -> value.toLowerCase(java.util.Locale.ROOT).startsWith("text/html"))
			.orElse(false);
		if (hasBody && (page || (status < 400 && !expected.takes(type)))) {
			return Optional.of("Không phải câu trả lời của dịch vụ / Not the service's answer: " + request
					+ " answered " + status + " with " + type.orElse("no Content-Type") + " where "
					+ expected.described() + " was asked for (a sign-in page, a proxy or another server?).");
		}
		return Optional.empty();
	}

	/**
	 * The headline, with the credentials tried and where the services were looked for.
	 */
	static String message(String headline, Cadre options, Credentials.SignIn signIn) {
		return headline + System.lineSeparator() + "  Đăng nhập bằng / Credentials tried: " + signIn.tried()
				+ ". Sign in with --user and CADRE_PASSWORD or --password-file, or a token (CADRE_TOKEN, "
				+ "--token-file)." + System.lineSeparator() + "  Dịch vụ / Services: assignments-service "
				+ options.assignmentsUrl + " (--assignments-url or CADRE_ASSIGNMENTS_URL), reporting-service "
				+ options.reportingUrl + " (--reporting-url or CADRE_REPORTING_URL).";
	}

}
