package vn.cadre.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embedded default as {@link LocalStack} starts it (MongoDB servers in this JVM, the
 * broker and each service in its own), but with each service started and stopped on its
 * own, with extra settings, and with its process id at hand: what the read-side benchmark
 * needs to time a replay from the moment the reporting service starts.
 */
final class BenchStack implements AutoCloseable {

	private final StackSettings settings;

	private final EmbeddedMongo mongo;

	private final ChildProcess kafka;

	private final Map<String, ChildProcess> services = new LinkedHashMap<>();

	private BenchStack(StackSettings settings, EmbeddedMongo mongo, ChildProcess kafka) {
		this.settings = settings;
		this.mongo = mongo;
		this.kafka = kafka;
	}

	static BenchStack infrastructure(StackSettings settings) throws IOException, InterruptedException {
		EmbeddedMongo mongo = EmbeddedMongo.start(settings);
		try {
			return new BenchStack(settings, mongo, KafkaBroker.start(settings));
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			mongo.close();
			throw ex;
		}
	}

	/**
	 * Starts a service with the stack's environment and {@code extra}; waits for its
	 * readiness only if {@code awaitReady}.
	 */
	void start(String name, Map<String, String> extra, boolean awaitReady) throws IOException {
		boolean assignments = LocalStack.ASSIGNMENTS.equals(name);
		int port = port(name);
		Map<String, String> environment = new HashMap<>(Map.of("CADRE_MONGODB_URI",
				"mongodb://127.0.0.1:" + (assignments ? this.settings.eventStorePort() : this.settings.readModelPort()),
				"CADRE_KAFKA_BOOTSTRAP", this.settings.kafkaBootstrap(),
				assignments ? "CADRE_ASSIGNMENTS_PORT" : "CADRE_REPORTING_PORT", String.valueOf(port),
				"CADRE_PARENT_PID", String.valueOf(ProcessHandle.current().pid()), "CADRE_SECURITY_USERS_FILE",
				this.settings.usersFile().toAbsolutePath().toString(), "CADRE_SECURITY_ADMIN_PASSWORD_FILE",
				this.settings.adminPasswordFile().toAbsolutePath().toString(), "CADRE_SECURITY_BOOTSTRAP_ADMIN",
				String.valueOf(assignments)));
		environment.putAll(extra);
		ChildProcess service = ServiceProcess.start(name, this.settings, environment);
		this.services.put(name, service);
		if (awaitReady) {
			ServiceProcess.awaitReady(service, port, Duration.ofMinutes(10));
		}
	}

	void stop(String name) {
		ChildProcess service = this.services.remove(name);
		if (service != null) {
			service.close();
		}
	}

	boolean isAlive(String name) {
		ChildProcess service = this.services.get(name);
		return service != null && service.isAlive();
	}

	String url(String name) {
		return "http://127.0.0.1:" + port(name);
	}

	private int port(String name) {
		return LocalStack.ASSIGNMENTS.equals(name) ? this.settings.assignmentsPort() : this.settings.reportingPort();
	}

	long pid(String name) {
		return this.services.get(name).process().pid();
	}

	long kafkaPid() {
		return this.kafka.process().pid();
	}

	Path log(String name) {
		return this.services.get(name).log();
	}

	StackSettings settings() {
		return this.settings;
	}

	String adminPassword() throws IOException {
		return Files.readString(this.settings.adminPasswordFile()).strip();
	}

	@Override
	public void close() {
		java.util.List<String> names = new java.util.ArrayList<>(this.services.keySet());
		java.util.Collections.reverse(names);
		names.forEach(this::stop);
		this.kafka.close();
		this.mongo.close();
	}

}
