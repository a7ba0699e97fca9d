package vn.cadre.support.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;

import vn.cadre.support.security.Role;
import vn.cadre.support.security.UsersFile;

/**
 * A users file for tests: one user per role, named after it in lower case, and
 * {@code everyone} holding all four; all share one password generated per test run.
 */
public final class TestUsers {

	public static final String EVERYONE = "everyone";

	public static final String PASSWORD = generated();

	private static Path file;

	private TestUsers() {
	}

	/** The path of the users file, written on first use. */
	public static synchronized String file() {
		if (file == null) {
			try {
				Path folder = Files.createTempDirectory("cadre-users");
				folder.toFile().deleteOnExit();
				UsersFile users = new UsersFile(folder.resolve("users"));
				users.put(UsersFile.user(EVERYONE, PASSWORD, EnumSet.allOf(Role.class)));
				for (Role role : Role.values()) {
					users.put(UsersFile.user(nameOf(role), PASSWORD, EnumSet.of(role)));
				}
				file = users.path();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return file.toString();
	}

	public static String nameOf(Role role) {
		return role.name().toLowerCase(java.util.Locale.ROOT);
	}

	private static String generated() {
		byte[] random = new byte[12];
		new SecureRandom().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
