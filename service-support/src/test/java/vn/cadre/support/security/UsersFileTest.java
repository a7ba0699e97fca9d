package vn.cadre.support.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsersFileTest {

	@TempDir
	Path folder;

	@Test
	void theFirstStart_createsAnAdministratorWithEveryRole_andAnOwnerOnlyPasswordFile_once() throws Exception {
		UsersFile users = new UsersFile(this.folder.resolve("users"));
		Path passwordFile = this.folder.resolve("admin-password");

		Optional<String> password = users.bootstrap(passwordFile);

		assertThat(password).isPresent();
		assertThat(Files.readString(passwordFile).strip()).isEqualTo(password.get());
		assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(Files.getPosixFilePermissions(users.path())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(users.read().get("admin").roles()).containsExactlyInAnyOrder(Role.values());
		assertThat(Files.readString(users.path())).doesNotContain(password.get());
		assertThat(users.bootstrap(passwordFile)).as("a second start generates nothing").isEmpty();
	}

	@Test
	void aChangedPassword_isNoLongerAccepted_evenThoughTheOldOneWasJustChecked() {
		UsersFile users = new UsersFile(this.folder.resolve("users"));
		users.put(UsersFile.user("admin", "mat-khau-quan-tri", EnumSet.of(Role.ADMIN)));
		users.put("can-bo-07", "mat-khau-cu-0001", EnumSet.of(Role.STAFF));
		UsersFileAuthentication authentication = new UsersFileAuthentication(users, Clock.systemUTC());
		assertThat(roles(authentication.authenticate(login("can-bo-07", "mat-khau-cu-0001"))))
			.containsExactly("ROLE_STAFF");

		users.put("can-bo-07", "mat-khau-moi-0002", EnumSet.of(Role.STAFF, Role.VIEWER));

		assertThatThrownBy(() -> authentication.authenticate(login("can-bo-07", "mat-khau-cu-0001")))
			.isInstanceOf(BadCredentialsException.class);
		assertThat(roles(authentication.authenticate(login("can-bo-07", "mat-khau-moi-0002"))))
			.containsExactlyInAnyOrder("ROLE_STAFF", "ROLE_VIEWER");
		assertThatThrownBy(() -> authentication.authenticate(login("khong-co", "mat-khau-moi-0002")))
			.isInstanceOf(BadCredentialsException.class);
	}

	@Test
	void rolesChange_keepingThePassword_butANewUserNeedsOne_andTheLastAdministratorStays() {
		UsersFile users = new UsersFile(this.folder.resolve("users"));
		users.put(UsersFile.user("admin", "mat-khau-quan-tri", EnumSet.of(Role.ADMIN)));
		users.put("can-bo-07", "mat-khau-cu-0001", EnumSet.of(Role.STAFF));
		String hash = users.read().get("can-bo-07").passwordHash();

		assertThat(users.put("can-bo-07", null, EnumSet.of(Role.AUDITOR))).isFalse();
		assertThat(users.read().get("can-bo-07").passwordHash()).isEqualTo(hash);
		assertThat(users.read().get("can-bo-07").roles()).containsExactly(Role.AUDITOR);
		assertThatThrownBy(() -> users.put("moi", null, EnumSet.of(Role.VIEWER)))
			.hasMessageContaining("needs a password");
		assertThatThrownBy(() -> users.remove("admin")).hasMessageContaining("no user with the role ADMIN");
		assertThatThrownBy(() -> UsersFile.user("dai", "x".repeat(73), EnumSet.of(Role.VIEWER)))
			.hasMessageContaining("at most 72 bytes");
		assertThatThrownBy(() -> UsersFile.user("ngan", "short", EnumSet.of(Role.VIEWER)))
			.hasMessageContaining("at least 12");
	}

	private static Authentication login(String name, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
	}

	private static java.util.List<String> roles(Authentication authentication) {
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
	}

}
