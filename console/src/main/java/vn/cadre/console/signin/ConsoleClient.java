package vn.cadre.console.signin;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The console as a client of the embedded issuer: both live in one process, so the secret
 * is made at start and never leaves it.
 */
record ConsoleClient(String clientId, String secret) {

	static final String REGISTRATION = "cadre";

	static ConsoleClient generate(String clientId) {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return new ConsoleClient(clientId, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
	}

}
