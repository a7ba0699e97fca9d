package vn.cadre.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cadre users}: who may sign in and with which roles (administrators). */
@Command(name = "users", description = "List, add, change or remove users (ADMIN).", subcommands = {
		UserCommands.ListUsers.class, UserCommands.Add.class, UserCommands.Remove.class, UserCommands.WhoAmI.class })
final class UserCommands {

	@ParentCommand
	Cadre cadre;

	@Command(name = "list", description = "Every user with their roles.")
	static final class ListUsers implements Callable<Integer> {

		@ParentCommand
		UserCommands users;

		@Override
		public Integer call() {
			return this.users.cadre.api().get(this.users.cadre.assignmentsUrl, "/admin/users");
		}

	}

	@Command(name = "add", description = "Add a user, or change one's roles (and password, if given).")
	static final class Add implements Callable<Integer> {

		@ParentCommand
		UserCommands users;

		@Parameters(index = "0", description = "User name.")
		String name;

		@Option(names = "--roles", required = true, split = ",",
				description = "Roles, comma-separated: STAFF, AUDITOR, VIEWER, ADMIN.")
		List<String> roles;

		@Option(names = "--password-from", description = "File holding the new password (at least 12 characters).")
		Path passwordFrom;

		@Option(names = "--generate-password", description = "Generate the password and print it once.")
		boolean generate;

		@Override
		public Integer call() throws IOException {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("roles", this.roles.stream().map(String::strip).map(String::toUpperCase).toList());
			String generated = null;
			if (this.generate) {
				byte[] random = new byte[18];
				new SecureRandom().nextBytes(random);
				generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
				body.put("password", generated);
			}
			else if (this.passwordFrom != null) {
				body.put("password", Files.readString(this.passwordFrom, StandardCharsets.UTF_8).strip());
			}
			int exit = this.users.cadre.api().put(this.users.cadre.assignmentsUrl, "/admin/users/" + this.name, body);
			if (exit == 0 && generated != null) {
				this.users.cadre.spec.commandLine().getOut().println("Mật khẩu / Password (shown once): " + generated);
				this.users.cadre.spec.commandLine().getOut().flush();
			}
			return exit;
		}

	}

	@Command(name = "remove", description = "Remove a user.")
	static final class Remove implements Callable<Integer> {

		@ParentCommand
		UserCommands users;

		@Parameters(index = "0", description = "User name.")
		String name;

		@Override
		public Integer call() {
			return this.users.cadre.api().delete(this.users.cadre.assignmentsUrl, "/admin/users/" + this.name);
		}

	}

	@Command(name = "whoami", description = "Who the client signs in as, with which roles.")
	static final class WhoAmI implements Callable<Integer> {

		@ParentCommand
		UserCommands users;

		@Override
		public Integer call() {
			return this.users.cadre.api().get(this.users.cadre.assignmentsUrl, "/api/me");
		}

	}

}
