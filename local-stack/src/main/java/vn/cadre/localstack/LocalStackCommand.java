package vn.cadre.localstack;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar local-stack.jar}: starts everything on loopback and runs until Ctrl-C.
 */
@Command(name = "local-stack", mixinStandardHelpOptions = true,
		description = "Starts Kafka, MongoDB (mongo-java-server), assignments-service, reporting-service and the console on 127.0.0.1.")
public final class LocalStackCommand implements Callable<Integer> {

	@Option(names = "--data-dir", defaultValue = "data", description = "Data folder (default: ${DEFAULT-VALUE}).")
	private Path dataDir;

	@Option(names = "--kafka-port", defaultValue = "9092", description = "Kafka client port (${DEFAULT-VALUE}).")
	private int kafkaPort;

	@Option(names = "--kafka-controller-port", defaultValue = "9093",
			description = "Kafka KRaft controller port (${DEFAULT-VALUE}).")
	private int kafkaControllerPort;

	@Option(names = "--event-store-port", defaultValue = "27017",
			description = "MongoDB port of the event store (${DEFAULT-VALUE}).")
	private int eventStorePort;

	@Option(names = "--read-model-port", defaultValue = "27018",
			description = "MongoDB port of the read models (${DEFAULT-VALUE}).")
	private int readModelPort;

	@Option(names = "--assignments-port", defaultValue = "8081",
			description = "HTTP port of assignments-service (${DEFAULT-VALUE}).")
	private int assignmentsPort;

	@Option(names = "--reporting-port", defaultValue = "8082",
			description = "HTTP port of reporting-service (${DEFAULT-VALUE}).")
	private int reportingPort;

	@Option(names = "--console-port", defaultValue = "8080",
			description = "HTTP port of the web console (${DEFAULT-VALUE}; 0: no console).")
	private int consolePort;

	public static void main(String[] args) {
		System.exit(new CommandLine(new LocalStackCommand()).execute(args));
	}

	@Override
	public Integer call() throws Exception {
		StackSettings settings = new StackSettings(stackHome(), this.dataDir.toAbsolutePath(), this.kafkaPort,
				this.kafkaControllerPort, this.eventStorePort, this.readModelPort, this.assignmentsPort,
				this.reportingPort, this.consolePort);
		System.out.println("Starting cadre-ledger; data in " + settings.dataDir() + ", logs in " + settings.logs());
		LocalStack stack;
		try {
			stack = LocalStack.start(settings);
		}
		catch (StackException ex) {
			System.err.println("cadre-ledger did not start: " + ex.getMessage());
			return 1;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("Stopping cadre-ledger ...");
			stack.close();
			System.out.println("Stopped.");
		}, "local-stack-shutdown"));
		System.out.print(Banner.of(settings));
		try {
			stack.supervise();
		}
		catch (StackException ex) {
			System.err.println(ex.getMessage());
			return 1;
		}
		return 0;
	}

	private static Path stackHome() throws URISyntaxException {
		return Path.of(LocalStackCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
	}

}
