package vn.cadre.support.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users of the embedded default, one per line as {@code name:bcrypt-hash:ROLE,ROLE},
 * readable by both services. Every change replaces the whole file in one rename, under a
 * lock, so a reader never sees half a file and two writers never lose each other's
 * change; the file is owner-only, like the password file of the first administrator.
 */
public final class UsersFile {

	public static final String ADMIN_PASSWORD_FILE_NAME = "admin-password";

	/** The first administrator of a fresh stack. */
	public static final String FIRST_ADMIN = "admin";

	static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

	/** Long enough that a guess is hopeless, short enough to paste. */
	private static final int GENERATED_PASSWORD_BYTES = 18;

	private static final int MINIMUM_PASSWORD_LENGTH = 12;

	private static final int MAXIMUM_PASSWORD_BYTES = 72;

	private static final PasswordEncoder BCRYPT = new BCryptPasswordEncoder();

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private final Path file;

	public UsersFile(Path file) {
		this.file = file;
	}

	public Path path() {
		return this.file;
	}

	/** One user as the file holds it. */
	public record User(String name, String passwordHash, Set<Role> roles) {

		public User {
			if (!USER_NAME.matcher(name).matches()) {
				throw UserRefused.invalid("user.name");
			}
			if (roles.isEmpty()) {
				throw UserRefused.invalid("user.no-role", name);
			}
			roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
		}

		String line() {
			return this.name + ":" + this.passwordHash + ":"
					+ String.join(",", this.roles.stream().map(Role::name).toList());
		}

	}

	/** The users, in the file's order; none when the file does not exist yet. */
	public Map<String, User> read() {
		if (!Files.exists(this.file)) {
			return Map.of();
		}
		try {
			return parse(Files.readAllLines(this.file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the users file " + this.file, ex);
		}
	}

	static Map<String, User> parse(List<String> lines) {
		Map<String, User> users = new LinkedHashMap<>();
		int number = 0;
		for (String raw : lines) {
			number++;
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split(":", -1);
			if (fields.length != 3) {
				throw new IllegalStateException("Users file line " + number + ": expected name:hash:roles");
			}
			EnumSet<Role> roles = EnumSet.noneOf(Role.class);
			int lineNumber = number;
			for (String name : fields[2].split(",")) {
				roles.add(Role.parse(name)
					.orElseThrow(() -> new IllegalStateException("Users file line " + lineNumber + ": unknown role")));
			}
			users.put(fields[0], new User(fields[0], fields[1], roles));
		}
		return users;
	}

	/** Whether a password matches the user's stored hash. */
	public static boolean matches(String password, User user) {
		return BCRYPT.matches(password, user.passwordHash());
	}

	/** A user with a fresh bcrypt hash of {@code password}. */
	public static User user(String name, String password, Set<Role> roles) {
		if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
			throw UserRefused.invalid("user.password-short", MINIMUM_PASSWORD_LENGTH);
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAXIMUM_PASSWORD_BYTES) {
			// bcrypt reads no further; a longer password would silently share its hash
			// with its prefix.
			throw UserRefused.invalid("user.password-long", MAXIMUM_PASSWORD_BYTES);
		}
		return new User(name, BCRYPT.encode(password), roles);
	}

	/**
	 * Sets a user's roles, and the password when one is given; a new user must be given
	 * one. Read and written under the lock, so a concurrent password change is not
	 * undone. Answers whether the user is new.
	 */
	public boolean put(String name, String password, Set<Role> roles) {
		User fresh = (password != null) ? user(name, password, roles) : null;
		boolean[] created = { false };
		update((users) -> {
			User existing = users.get(name);
			if (fresh == null && existing == null) {
				throw UserRefused.invalid("user.password-needed");
			}
			created[0] = existing == null;
			users.put(name, (fresh != null) ? fresh : new User(name, existing.passwordHash(), roles));
			return users;
		});
		return created[0];
	}

	/** Adds or replaces a user. */
	public void put(User user) {
		update(users -> {
			users.put(user.name(), user);
			return users;
		});
	}

	/**
	 * Removes a user; refused when it would leave no administrator, since nobody could
	 * then manage users without editing the file by hand.
	 */
	public boolean remove(String name) {
		boolean[] removed = { false };
		update(users -> {
			removed[0] = users.remove(name) != null;
			return users;
		});
		return removed[0];
	}

	private void update(UnaryOperator<Map<String, User>> change) {
		try {
			Files.createDirectories(this.file.toAbsolutePath().getParent());
			Path lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					FileLock lock = channel.lock()) {
				Map<String, User> users = change.apply(new LinkedHashMap<>(read()));
				if (users.values().stream().noneMatch((user) -> user.roles().contains(Role.ADMIN))) {
					throw UserRefused.lastAdministrator();
				}
				write(users.values());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot change the users file " + this.file, ex);
		}
	}

	private void write(Iterable<User> users) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("# cadre-ledger users: name:bcrypt-hash:roles. Change with ./cadre users, not by hand.");
		users.forEach((user) -> lines.add(user.line()));
		Path temporary = Files.createTempFile(this.file.toAbsolutePath().getParent(), ".users", ".tmp");
		ownerOnly(temporary);
		Files.write(temporary, lines, StandardCharsets.UTF_8);
		Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Creates the file with a first administrator holding every role, when there is no
	 * file yet; the generated password goes to {@code passwordFile} (owner-only) and is
	 * handed back so that it can be shown once. Empty when the file already existed.
	 */
	public Optional<String> bootstrap(Path passwordFile) {
		if (Files.exists(this.file)) {
			return Optional.empty();
		}
		byte[] random = new byte[GENERATED_PASSWORD_BYTES];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		try {
			Files.createDirectories(this.file.toAbsolutePath().getParent());
			Files.createDirectories(passwordFile.toAbsolutePath().getParent());
			Path lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					FileLock lock = channel.lock()) {
				if (Files.exists(this.file)) {
					// Another instance won the race; its password file is the one that
					// counts.
					return Optional.empty();
				}
				Path temporary = Files.createTempFile(passwordFile.toAbsolutePath().getParent(), ".admin", ".tmp");
				ownerOnly(temporary);
				Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
				Files.move(temporary, passwordFile, StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
				write(List.of(user(FIRST_ADMIN, password, EnumSet.allOf(Role.class))));
			}
			return Optional.of(password);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the users file " + this.file, ex);
		}
	}

	private static void ownerOnly(Path file) throws IOException {
		if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
	}

}
