package vn.cadre.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * Which credentials the client sends: a bearer token when one is given, else the user's
 * password from the environment, else from the password file (by default the first
 * administrator's, written by the local stack). A password is never a command-line flag,
 * where other users of the machine could read it.
 */
final class Credentials {

	private Credentials() {
	}

	/**
	 * The Authorization header to send, if any, and which credentials those are and where
	 * they were looked for, said without the secret: for a message when the service does
	 * not take them.
	 */
	record SignIn(Optional<String> authorization, String tried) {

	}

	/** Where the secret may come from: environment values and files, as given. */
	record Sources(String envToken, String tokenFile, String user, String envPassword, String passwordFile) {

	}

	static SignIn signIn(Sources sources) {
		if (sources.tokenFile() != null && !sources.tokenFile().isBlank()) {
			String where = file(sources.tokenFile(), "--token-file or CADRE_TOKEN_FILE");
			return readable(sources.tokenFile())
				.map(token -> new SignIn(Optional.of("Bearer " + token), "a bearer token from " + where))
				.orElseGet(() -> new SignIn(Optional.empty(),
						"none: no bearer token could be read from " + where + "; no credentials were sent"));
		}
		if (sources.envToken() != null && !sources.envToken().isBlank()) {
			return new SignIn(Optional.of("Bearer " + sources.envToken().strip()), "a bearer token from CADRE_TOKEN");
		}
		String user = sources.user();
		if (user == null || user.isBlank()) {
			return new SignIn(Optional.empty(), "none: no user (--user or CADRE_USER) and no token (CADRE_TOKEN, "
					+ "--token-file or CADRE_TOKEN_FILE); no credentials were sent");
		}
		String who = "user \"" + user + "\"";
		if (sources.envPassword() != null && !sources.envPassword().isEmpty()) {
			return new SignIn(basic(user, sources.envPassword()), who + " with the password from CADRE_PASSWORD");
		}
		String file = file(sources.passwordFile(), "--password-file or CADRE_PASSWORD_FILE");
		return readable(sources.passwordFile())
			.map(password -> new SignIn(basic(user, password), who + " with the password from " + file))
			.orElseGet(() -> new SignIn(Optional.empty(), who + " without a password: CADRE_PASSWORD is not set and "
					+ file + " is missing or unreadable; no credentials were sent"));
	}

	private static Optional<String> basic(String user, String password) {
		return Optional.of("Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * A file as given, where that is when it is relative to the working directory, and
	 * how it was given.
	 */
	private static String file(String file, String givenBy) {
		if (file == null || file.isBlank()) {
			return "no file (" + givenBy + ")";
		}
		Path path = Path.of(file);
		return "the file " + file + " ("
				+ (path.isAbsolute() ? "" : "that is " + path.toAbsolutePath().normalize() + "; ") + givenBy + ")";
	}

	static Optional<String> readable(String file) {
		if (file == null || file.isBlank()) {
			return Optional.empty();
		}
		Path path = Path.of(file);
		if (!Files.isReadable(path)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Files.readString(path, StandardCharsets.UTF_8).strip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the password file " + path, ex);
		}
	}

}
