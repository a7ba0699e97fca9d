package vn.cadre.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The running stack: started in dependency order (MongoDB, Kafka, assignments-service,
 * reporting-service, the console) and stopped in reverse; while {@link #supervise()}
 * runs, a child that stops by itself is started again. Usable from a test as well as from
 * {@link LocalStackCommand}.
 */
public final class LocalStack implements AutoCloseable {

	public static final String ASSIGNMENTS = "assignments-service";

	public static final String REPORTING = "reporting-service";

	public static final String CONSOLE = "console";

	private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

	private final StackSettings settings;

	private final List<AutoCloseable> started = new ArrayList<>();

	private EmbeddedMongo mongo;

	private volatile ChildProcess kafka;

	private final Map<String, ChildProcess> services = new ConcurrentHashMap<>();

	private volatile boolean closing;

	private LocalStack(StackSettings settings) {
		this.settings = settings;
	}

	public static LocalStack start(StackSettings settings) throws IOException, InterruptedException {
		Ports.requireFree(settings.eventStorePort(), "MongoDB event store", "--event-store-port");
		Ports.requireFree(settings.readModelPort(), "MongoDB read models", "--read-model-port");
		Ports.requireFree(settings.kafkaPort(), "Kafka", "--kafka-port");
		Ports.requireFree(settings.kafkaControllerPort(), "Kafka controller", "--kafka-controller-port");
		Ports.requireFree(settings.assignmentsPort(), ASSIGNMENTS, "--assignments-port");
		Ports.requireFree(settings.reportingPort(), REPORTING, "--reporting-port");
		if (settings.hasConsole()) {
			Ports.requireFree(settings.consolePort(), CONSOLE, "--console-port");
		}
		LocalStack stack = new LocalStack(settings);
		try {
			stack.mongo = EmbeddedMongo.start(settings);
			stack.started.add(stack.mongo);
			stack.startKafka();
			boolean firstStart = !Files.exists(settings.usersFile());
			stack.startService(ASSIGNMENTS);
			if (firstStart && Files.exists(settings.adminPasswordFile())) {
				System.out.println(Banner.firstAdministrator(settings));
			}
			stack.startService(REPORTING);
			if (settings.hasConsole()) {
				stack.startService(CONSOLE);
			}
			return stack;
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	/**
	 * Starts (or restarts, after {@link #kill}) one service and waits until it is ready.
	 */
	public void startService(String name) throws IOException {
		ChildProcess service = ServiceProcess.start(name, this.settings, environment(name));
		replaceStarted(this.services.put(name, service), service);
		try {
			ServiceProcess.awaitReady(service, port(name), READY_TIMEOUT);
		}
		catch (StackException ex) {
			// A service that answers but never got ready must not hold its port for the
			// next attempt.
			service.close();
			throw ex;
		}
	}

	private int port(String name) {
		return switch (name) {
			case ASSIGNMENTS -> this.settings.assignmentsPort();
			case REPORTING -> this.settings.reportingPort();
			default -> this.settings.consolePort();
		};
	}

	/**
	 * All three read the same users file; only the command side, started first, creates
	 * it with the first administrator. With a console, the services also accept the
	 * tokens it issues for the people signed in to it.
	 */
	private Map<String, String> environment(String name) {
		Map<String, String> environment = new HashMap<>();
		environment.put("CADRE_PARENT_PID", String.valueOf(ProcessHandle.current().pid()));
		environment.put("CADRE_SECURITY_USERS_FILE", this.settings.usersFile().toAbsolutePath().toString());
		if (CONSOLE.equals(name)) {
			environment.put("CADRE_CONSOLE_PORT", String.valueOf(this.settings.consolePort()));
			environment.put("CADRE_CONSOLE_URL", this.settings.consoleUrl());
			environment.put("CADRE_ASSIGNMENTS_URL", this.settings.assignmentsUrl());
			environment.put("CADRE_REPORTING_URL", this.settings.reportingUrl());
			environment.put("CADRE_CONSOLE_SIGNING_KEY_FILE",
					this.settings.consoleSigningKey().toAbsolutePath().toString());
			return environment;
		}
		boolean assignments = ASSIGNMENTS.equals(name);
		int mongoPort = assignments ? this.settings.eventStorePort() : this.settings.readModelPort();
		environment.put("CADRE_MONGODB_URI", "mongodb://127.0.0.1:" + mongoPort);
		environment.put("CADRE_KAFKA_BOOTSTRAP", this.settings.kafkaBootstrap());
		environment.put(assignments ? "CADRE_ASSIGNMENTS_PORT" : "CADRE_REPORTING_PORT", String.valueOf(port(name)));
		environment.put("CADRE_SECURITY_ADMIN_PASSWORD_FILE",
				this.settings.adminPasswordFile().toAbsolutePath().toString());
		environment.put("CADRE_SECURITY_BOOTSTRAP_ADMIN", String.valueOf(assignments));
		if (this.settings.hasConsole()) {
			environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI",
					this.settings.consoleUrl() + "/oauth2/jwks");
			environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", this.settings.consoleUrl());
			environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES", "cadre-console");
		}
		return environment;
	}

	private synchronized void replaceStarted(ChildProcess previous, ChildProcess next) {
		int index = this.started.indexOf(previous);
		if (previous == null || index < 0) {
			this.started.add(next);
		}
		else {
			this.started.set(index, next);
		}
		if (this.closing) {
			// Started while the stack was being stopped: nobody else will stop it.
			next.close();
		}
	}

	/**
	 * Stops the broker cleanly and starts it again on the same data, as an operator's
	 * restart would.
	 */
	public void restartKafka() throws IOException, InterruptedException {
		this.kafka.close();
		startKafka();
	}

	private void startKafka() throws IOException, InterruptedException {
		ChildProcess previous = this.kafka;
		this.kafka = KafkaBroker.start(this.settings);
		replaceStarted(previous, this.kafka);
	}

	/** The operating system's id of one service's process. */
	public long pid(String name) {
		return this.services.get(name).pid();
	}

	/** Ends one service abruptly, as {@code kill -9} would. */
	public void kill(String name) {
		ChildProcess service = this.services.get(name);
		if (service != null) {
			service.kill();
		}
	}

	public String assignmentsUrl() {
		return this.settings.assignmentsUrl();
	}

	public String reportingUrl() {
		return this.settings.reportingUrl();
	}

	public String consoleUrl() {
		return this.settings.consoleUrl();
	}

	public StackSettings settings() {
		return this.settings;
	}

	/**
	 * Runs until {@link #close()}, restarting the broker or a service that stopped by
	 * itself.
	 * @throws StackException when one keeps stopping: restarts did not help
	 */
	public void supervise() throws InterruptedException {
		supervise(RestartPolicy.standard(), System.out::println);
	}

	void supervise(RestartPolicy policy, Consumer<String> log) throws InterruptedException {
		Supervisor supervisor = new Supervisor(policy, () -> this.closing, log);
		supervisor.watch("Kafka", () -> this.kafka, this::startKafka);
		supervisor.watch(ASSIGNMENTS, () -> this.services.get(ASSIGNMENTS), () -> startService(ASSIGNMENTS));
		supervisor.watch(REPORTING, () -> this.services.get(REPORTING), () -> startService(REPORTING));
		if (this.settings.hasConsole()) {
			supervisor.watch(CONSOLE, () -> this.services.get(CONSOLE), () -> startService(CONSOLE));
		}
		supervisor.run();
	}

	@Override
	public synchronized void close() {
		this.closing = true;
		List<AutoCloseable> reverse = new ArrayList<>(this.started);
		Collections.reverse(reverse);
		this.started.clear();
		// The services need nothing of each other to stop, only the brokers: they stop
		// together, each finishing its sends and commits, before the brokers do.
		List<AutoCloseable> services = reverse.stream().filter(this.services::containsValue).toList();
		List<Thread> stopping = services.stream().map((service) -> new Thread(() -> closeQuietly(service))).toList();
		stopping.forEach(Thread::start);
		for (Thread thread : stopping) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		reverse.stream().filter((part) -> !services.contains(part)).forEach(LocalStack::closeQuietly);
	}

	private static void closeQuietly(AutoCloseable part) {
		try {
			part.close();
		}
		catch (Exception ex) {
			System.err.println("While stopping: " + ex.getMessage());
		}
	}

}
