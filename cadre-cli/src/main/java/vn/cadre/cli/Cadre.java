package vn.cadre.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./cadre}: the command-line client of cadre-ledger. */
@Command(name = "cadre", mixinStandardHelpOptions = true, version = "cadre-ledger 0.1.0",
		description = "Issues commands to assignments-service and queries reporting-service, for scripting.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:done", "1:a consistency check found differences, or the client failed",
				"2:bad usage, or the service refused the request (the problem is printed)",
				"3:a service could not be reached", "4:the history does not verify (tampered)",
				"5:the read side has not caught up with your own changes yet",
				"6:not served: not signed in (401), not allowed (403), redirected to the sign-in page, "
						+ "or a web page where JSON was asked for" },
		subcommands = { DocumentCommands.class, UnitCommands.class, PersonCommands.class, MandateCommands.class,
				BriefingCommands.class, MeasureCommands.class, RebuildCommands.class, DeadLetterCommands.class,
				ScenarioCommand.class, ReportCommand.class, RestructuringImportCommand.class,
				AuditCommands.Verify.class, AuditCommands.Export.class, AuditLogCommand.class, UserCommands.class })
public final class Cadre implements Runnable {

	@Spec
	CommandSpec spec;

	@Option(names = "--assignments-url", defaultValue = "${env:CADRE_ASSIGNMENTS_URL:-http://127.0.0.1:8081}",
			description = "assignments-service (env CADRE_ASSIGNMENTS_URL; default ${DEFAULT-VALUE}).",
			scope = CommandLine.ScopeType.INHERIT)
	String assignmentsUrl;

	@Option(names = "--reporting-url", defaultValue = "${env:CADRE_REPORTING_URL:-http://127.0.0.1:8082}",
			description = "reporting-service (env CADRE_REPORTING_URL; default ${DEFAULT-VALUE}).",
			scope = CommandLine.ScopeType.INHERIT)
	String reportingUrl;

	@Option(names = "--user", defaultValue = "${env:CADRE_USER:-admin}",
			description = "User to sign in as (env CADRE_USER; default ${DEFAULT-VALUE}). The password comes from "
					+ "env CADRE_PASSWORD or from --password-file.",
			scope = CommandLine.ScopeType.INHERIT)
	String user;

	@Option(names = "--password-file", defaultValue = "${env:CADRE_PASSWORD_FILE:-data/admin-password}",
			description = "File holding the password (env CADRE_PASSWORD_FILE; default ${DEFAULT-VALUE}, the first "
					+ "administrator's password that ./run-local wrote).",
			scope = CommandLine.ScopeType.INHERIT)
	String passwordFile;

	@Option(names = "--token-file", defaultValue = "${env:CADRE_TOKEN_FILE}",
			description = "File holding a bearer token (OAuth2/OIDC) to use instead of a password (env "
					+ "CADRE_TOKEN_FILE, or the token itself in env CADRE_TOKEN).",
			scope = CommandLine.ScopeType.INHERIT)
	String tokenFile;

	@Option(names = "--command-id",
			description = "Client command id: sending the same id again returns the first answer and changes nothing.",
			scope = CommandLine.ScopeType.INHERIT)
	String commandId;

	@Option(names = "--position-file", defaultValue = "${env:CADRE_POSITION_FILE:-${sys:user.home}/.cadre/position}",
			description = "Where the client keeps the highest position its commands stored, per command service, so "
					+ "that its reads include its own changes (env CADRE_POSITION_FILE; default ~/.cadre/position).",
			scope = CommandLine.ScopeType.INHERIT)
	String positionFile;

	@Option(names = "--no-wait", negatable = false,
			description = "Read what the read side holds now, without waiting until it includes this client's "
					+ "own changes.",
			scope = CommandLine.ScopeType.INHERIT)
	boolean noWait;

	public static void main(String[] args) {
		System.exit(commandLine().execute(args));
	}

	public static CommandLine commandLine() {
		return new CommandLine(new Cadre()).setCaseInsensitiveEnumValuesAllowed(true)
			.registerConverter(java.time.LocalDate.class, new IsoDate());
	}

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

	PrintWriter err() {
		return this.spec.commandLine().getErr();
	}

	Api api() {
		return new Api(this);
	}

	PositionFile positions() {
		return new PositionFile(java.nio.file.Path.of(this.positionFile));
	}

	/**
	 * The credentials to send, if the user gave any, and where they came from.
	 */
	Credentials.SignIn signIn() {
		return Credentials.signIn(new Credentials.Sources(System.getenv("CADRE_TOKEN"), this.tokenFile, this.user,
				System.getenv("CADRE_PASSWORD"), this.passwordFile));
	}

}
