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
		subcommands = { DocumentCommands.class, UnitCommands.class, PersonCommands.class, MandateCommands.class,
				BriefingCommands.class, MeasureCommands.class, RebuildCommands.class, DeadLetterCommands.class,
				ScenarioCommand.class, ReportCommand.class, RestructuringImportCommand.class })
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

	@Option(names = "--actor", defaultValue = "${env:CADRE_ACTOR:-${sys:user.name}}",
			description = "Who issues the command, until authentication arrives (env CADRE_ACTOR).",
			scope = CommandLine.ScopeType.INHERIT)
	String actor;

	@Option(names = "--command-id",
			description = "Client command id: sending the same id again returns the first answer and changes nothing.",
			scope = CommandLine.ScopeType.INHERIT)
	String commandId;

	public static void main(String[] args) {
		System.exit(commandLine().execute(args));
	}

	public static CommandLine commandLine() {
		return new CommandLine(new Cadre()).setCaseInsensitiveEnumValuesAllowed(true);
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

}
