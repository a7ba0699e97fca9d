package vn.cadre.console.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The key the console's tokens are signed with. Kept in a file so that a restart (or a
 * second instance reading the same file) keeps signed-in people signed in and the
 * services' cached keys valid.
 */
final class SigningKeys {

	private SigningKeys() {
	}

	static JWKSet loadOrCreate(Path file) {
		if (file == null) {
			return new JWKSet(generate());
		}
		try {
			if (Files.exists(file)) {
				return JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8));
			}
			JWKSet created = new JWKSet(generate());
			Files.createDirectories(file.toAbsolutePath().getParent());
			Path partial = file.resolveSibling(file.getFileName() + ".new");
			Files.writeString(partial, created.toString(false), StandardCharsets.UTF_8);
			ownerOnly(partial);
			Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			return created;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the signing key " + file, ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("The signing key file " + file + " is not a JWK set", ex);
		}
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate a signing key", ex);
		}
	}

	private static void ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the folder's own permissions protect it
		}
	}

}
