package vn.cadre.support.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks a name and password against the users file, which is read again whenever it
 * changes on disk (another instance or {@code ./cadre users} may have changed it).
 * <p>
 * A bcrypt check is slow on purpose, and a script sends its password with every request
 * (HTTP Basic): an import of ten thousand commands would spend most of its time hashing.
 * So a successful check is remembered for a few minutes, keyed by a salted SHA-256 of
 * name and password that never leaves this process; a changed users file forgets them
 * all.
 */
public final class UsersFileAuthentication implements AuthenticationProvider {

	private static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

	private static final int REMEMBERED_AT_MOST = 10_000;

	/**
	 * Checked against when the name is unknown; its password is random and never told.
	 */
	private static final UsersFile.User UNKNOWN_USER = UsersFile.user("unknown", java.util.UUID.randomUUID().toString(),
			java.util.EnumSet.of(Role.VIEWER));

	private final UsersFile file;

	private final Clock clock;

	private final byte[] salt = new byte[16];

	private volatile Snapshot snapshot = new Snapshot(null, Map.of());

	private final Map<String, Instant> verified = new ConcurrentHashMap<>();

	public UsersFileAuthentication(UsersFile file, Clock clock) {
		this.file = file;
		this.clock = clock;
		new SecureRandom().nextBytes(this.salt);
	}

	private record Snapshot(String version, Map<String, UsersFile.User> users) {
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String name = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (credentials == null) {
			throw new BadCredentialsException("Bad credentials");
		}
		String password = credentials.toString();
		Map<String, UsersFile.User> users = users();
		UsersFile.User user = users.get(name);
		if (user == null) {
			// As slow as a known user's check, so that timing does not tell which names
			// exist.
			UsersFile.matches(password, UNKNOWN_USER);
			throw new BadCredentialsException("Bad credentials");
		}
		// The stored hash is part of the key: a check begun before a password change can
		// never be remembered for the new one.
		String key = key(name, password, user.passwordHash());
		Instant now = this.clock.instant();
		Instant until = this.verified.get(key);
		if (until == null || until.isBefore(now)) {
			if (!UsersFile.matches(password, user)) {
				throw new BadCredentialsException("Bad credentials");
			}
			if (this.verified.size() >= REMEMBERED_AT_MOST) {
				this.verified.clear();
			}
			this.verified.put(key, now.plus(REMEMBERED_FOR));
		}
		List<SimpleGrantedAuthority> authorities = user.roles()
			.stream()
			.map((role) -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(name, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private Map<String, UsersFile.User> users() {
		String version = version(this.file.path());
		Snapshot current = this.snapshot;
		if (version == null ? current.version() != null : !version.equals(current.version())) {
			this.verified.clear();
			current = new Snapshot(version, this.file.read());
			this.snapshot = current;
		}
		return current.users();
	}

	private static String version(Path path) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
			return attributes.lastModifiedTime().toMillis() + "/" + attributes.size() + "/" + attributes.fileKey();
		}
		catch (java.io.IOException ex) {
			return null;
		}
	}

	private String key(String name, String password, String passwordHash) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(this.salt);
			digest.update(name.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(password.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(passwordHash.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
