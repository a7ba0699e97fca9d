package vn.cadre.support.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the services authenticate ({@code cadre.security.*}).
 *
 * @param usersFile the users file (names, bcrypt hashes, roles), shared by both services;
 * none means no password users (tokens only)
 * @param adminPasswordFile where a generated first administrator password is written,
 * owner-only; next to the users file when not set
 * @param bootstrapAdmin whether this instance creates the users file with a first
 * administrator when it does not exist (one service of a stack does it)
 * @param jwt how bearer tokens are read, when an issuer is configured
 * @param cors origins allowed to call the APIs from a browser; none by default
 * @param signInLimit how many failed sign-ins a user name or a client address may make
 */
@ConfigurationProperties("cadre.security")
public record CadreSecurityProperties(Path usersFile, Path adminPasswordFile,
		@DefaultValue("false") boolean bootstrapAdmin, @DefaultValue Jwt jwt, @DefaultValue Cors cors,
		@DefaultValue SignInLimit signInLimit) {

	/** The file the first administrator's password goes to. */
	public Path resolvedAdminPasswordFile() {
		if (this.adminPasswordFile != null) {
			return this.adminPasswordFile;
		}
		return (this.usersFile == null) ? null : this.usersFile.resolveSibling(UsersFile.ADMIN_PASSWORD_FILE_NAME);
	}

	/**
	 * @param rolesClaim the claim that lists the roles; a dotted path reaches into nested
	 * claims (such as {@code realm_access.roles})
	 * @param principalClaim the claim that names the user, written as the actor of events
	 * @param rolePrefix only role values with this prefix count, the prefix removed (such
	 * as {@code cadre-} for {@code cadre-STAFF}), so that a role another application
	 * calls {@code admin} in a shared realm grants nothing here; empty: every value
	 * counts
	 */
	public record Jwt(@DefaultValue("roles") String rolesClaim,
			@DefaultValue("preferred_username") String principalClaim, @DefaultValue("") String rolePrefix) {
	}

	/**
	 * @param allowedOrigins exact origins, such as {@code https://canbo.example.gov.vn}
	 */
	public record Cors(@DefaultValue List<String> allowedOrigins) {
	}

	/**
	 * Failed password sign-ins (HTTP Basic and the login form) allowed in a window; past
	 * either count, sign-ins of that user name or from that address are refused, even
	 * with the right password, until the window that began with the first failure ends.
	 *
	 * @param enabled whether failed sign-ins are limited at all
	 * @param maxFailuresPerUser failures allowed per user name in a window
	 * @param maxFailuresPerAddress failures allowed per client address in a window
	 * @param window how long failures are counted, from the first one
	 */
	public record SignInLimit(@DefaultValue("true") boolean enabled, @DefaultValue("10") int maxFailuresPerUser,
			@DefaultValue("30") int maxFailuresPerAddress, @DefaultValue("5m") Duration window) {
	}

}
