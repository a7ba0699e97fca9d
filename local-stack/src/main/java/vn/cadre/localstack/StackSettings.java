package vn.cadre.localstack;

import java.nio.file.Path;

/**
 * Where the stack keeps its data and which loopback ports it binds.
 *
 * @param stackHome folder with {@code services/} and {@code kafka-lib/} (the build's
 * {@code target/stack})
 * @param dataDir folder for the event store file, Kafka's log and the service logs
 * @param consolePort the web console's port; 0 starts no console
 */
public record StackSettings(Path stackHome, Path dataDir, int kafkaPort, int kafkaControllerPort, int eventStorePort,
		int readModelPort, int assignmentsPort, int reportingPort, int consolePort) {

	/**
	 * Where the JVMs' class data archives are kept: beside the build, shared by every
	 * data folder.
	 */
	public Path classDataCache() {
		return this.stackHome.resolve("cds");
	}

	/** Whether the stack starts the web console. */
	public boolean hasConsole() {
		return this.consolePort > 0;
	}

	public String consoleUrl() {
		return "http://127.0.0.1:" + this.consolePort;
	}

	/** The key the console signs its tokens with, kept across restarts. */
	public Path consoleSigningKey() {
		return this.dataDir.resolve("console-signing-key.json");
	}

	/** Users of both services, names with bcrypt hashes and roles. */
	public Path usersFile() {
		return this.dataDir.resolve("users");
	}

	/** The first administrator's generated password, owner-only. */
	public Path adminPasswordFile() {
		return this.dataDir.resolve("admin-password");
	}

	public Path logs() {
		return this.dataDir.resolve("logs");
	}

	public String assignmentsUrl() {
		return "http://127.0.0.1:" + this.assignmentsPort;
	}

	public String reportingUrl() {
		return "http://127.0.0.1:" + this.reportingPort;
	}

	public String kafkaBootstrap() {
		return "127.0.0.1:" + this.kafkaPort;
	}

}
