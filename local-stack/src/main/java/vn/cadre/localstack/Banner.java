package vn.cadre.localstack;

import java.io.IOException;
import java.nio.file.Files;

/**
 * What the launcher prints once everything is up: where each part listens and how to sign
 * in; and, at the very first start, the first administrator's password.
 */
final class Banner {

	private Banner() {
	}

	static String of(StackSettings settings) {
		StringBuilder text = new StringBuilder();
		text.append("\ncadre-ledger is up.\n");
		if (settings.hasConsole()) {
			line(text, "Bảng điều khiển", settings.consoleUrl() + "   (the web console: sign in here)");
		}
		line(text, "assignments-service", settings.assignmentsUrl() + "   (commands, Swagger UI at /swagger-ui.html)");
		line(text, "reporting-service", settings.reportingUrl() + "   (queries)");
		line(text, "Kafka", settings.kafkaBootstrap());
		line(text, "MongoDB event store", "mongodb://127.0.0.1:" + settings.eventStorePort());
		line(text, "MongoDB read models", "mongodb://127.0.0.1:" + settings.readModelPort());
		line(text, "Đăng nhập / Sign-in", signIn(settings));
		line(text, "Users", settings.usersFile() + " (bcrypt hashes; add one with ./cadre users add)");
		text.append("Press Ctrl-C to stop everything.\n");
		return text.toString();
	}

	/**
	 * The generated password, shown once on the console of the one who started the stack;
	 * afterwards it lives only in the owner-only file, which {@code ./cadre} reads.
	 */
	static String firstAdministrator(StackSettings settings) throws IOException {
		String password = Files.readString(settings.adminPasswordFile()).strip();
		return "\nLần chạy đầu tiên / First start: user 'admin' (every role), password: " + password + "\n  kept in "
				+ settings.adminPasswordFile() + " (owner-only), which ./cadre uses by default.\n"
				+ "  Create narrower users with ./cadre users add; this password is not shown again.\n";
	}

	private static String signIn(StackSettings settings) {
		if (Files.isRegularFile(settings.adminPasswordFile())) {
			return "user 'admin', password in " + settings.adminPasswordFile() + " (owner-only; ./cadre reads it)";
		}
		// The first administrator's password file is the owner's to delete once other
		// users exist; the users file still holds them all.
		return "the users of " + settings.usersFile() + "; the first administrator's password file "
				+ settings.adminPasswordFile() + " was removed";
	}

	private static void line(StringBuilder text, String label, String value) {
		text.append("  ").append(String.format("%-21s", label)).append(value).append('\n');
	}

}
