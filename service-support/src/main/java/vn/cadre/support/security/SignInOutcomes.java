package vn.cadre.support.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Feeds the outcome of each password sign-in to the counts of failures, and logs the
 * failure that reaches a limit (user name and address, never the password). Tokens are
 * not counted: a forged one cannot be guessed.
 */
final class SignInOutcomes {

	private static final Logger log = LoggerFactory.getLogger(SignInOutcomes.class);

	private final SignInAttempts attempts;

	private final CadreSecurityProperties.SignInLimit limit;

	SignInOutcomes(SignInAttempts attempts, CadreSecurityProperties.SignInLimit limit) {
		this.attempts = attempts;
		this.limit = limit;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		Authentication authentication = event.getAuthentication();
		if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
			return;
		}
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "unknown";
		String user = authentication.getName();
		if (this.attempts.failed(user, address)) {
			log.warn("Sign-ins refused for {}: too many failures for user '{}' or from address {}", this.limit.window(),
					printable(user), address);
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			this.attempts.succeeded(event.getAuthentication().getName());
		}
	}

	/** A user name is whatever the client sent: no line breaks or escapes in the log. */
	private static String printable(String text) {
		String shown = (text.length() > 64) ? text.substring(0, 64) + "…" : text;
		return shown.codePoints()
			.map((c) -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

}
