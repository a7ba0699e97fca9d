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

	static Optional<String> authorization(String token, String user, String password, String passwordFile) {
		if (token != null && !token.isBlank()) {
			return Optional.of("Bearer " + token.strip());
		}
		if (user == null || user.isBlank()) {
			return Optional.empty();
		}
		Optional<String> secret = (password != null && !password.isEmpty()) ? Optional.of(password)
				: readable(passwordFile);
		return secret.map((value) -> "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + value).getBytes(StandardCharsets.UTF_8)));
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
