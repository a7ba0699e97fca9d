package vn.cadre.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The cluster shape's Kafka side on one machine: three Kafka nodes in one KRaft quorum
 * (replication factor 3, min ISR 2), the embedded MongoDB servers, one
 * assignments-service and two reporting-service instances sharing every read model's
 * consumer group. The embedded event store needs its in-process gate, so the command side
 * stays one instance here.
 */
final class TestCluster implements AutoCloseable {

	private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

	private final StackSettings settings;

	private final KafkaQuorum quorum;

	private final List<Integer> reportingPorts;

	private final Map<Integer, ChildProcess> brokers = new ConcurrentHashMap<>();

	private final List<ChildProcess> services = Collections.synchronizedList(new ArrayList<>());

	private EmbeddedMongo mongo;

	private TestCluster(StackSettings settings, KafkaQuorum quorum, List<Integer> reportingPorts) {
		this.settings = settings;
		this.quorum = quorum;
		this.reportingPorts = List.copyOf(reportingPorts);
	}

	static TestCluster start(Path data) throws Exception {
		List<Integer> ports = freePorts(11);
		KafkaQuorum quorum = KafkaQuorum.of(ports.subList(0, 3), ports.subList(3, 6));
		StackSettings settings = new StackSettings(TestStacks.STACK_HOME, data, ports.get(0), ports.get(3),
				ports.get(6), ports.get(7), ports.get(8), ports.get(9), 0);
		TestCluster cluster = new TestCluster(settings, quorum, List.of(ports.get(9), ports.get(10)));
		for (int port : List.of(ports.get(8), ports.get(9), ports.get(10))) {
			TestStacks.serves(port, settings);
		}
		try {
			cluster.startAll();
			return cluster;
		}
		catch (Exception | AssertionError ex) {
			cluster.close();
			throw ex;
		}
	}

	private void startAll() throws Exception {
		this.mongo = EmbeddedMongo.start(this.settings);
		for (KafkaQuorum.Node node : this.quorum.nodes()) {
			this.brokers.put(node.id(), KafkaBroker.launch(this.settings, this.quorum, node.id()));
		}
		for (KafkaQuorum.Node node : this.quorum.nodes()) {
			KafkaBroker.awaitListening(node, this.brokers.get(node.id()), READY_TIMEOUT);
		}
		try (ClusterProbe probe = probe()) {
			// The command side creates the topic with three replicas: every broker must
			// have joined first.
			probe.awaitBrokers(this.quorum.nodes().size(), Duration.ofMinutes(2));
		}
		ChildProcess assignments = startService(LocalStack.ASSIGNMENTS, LocalStack.ASSIGNMENTS,
				this.settings.assignmentsPort());
		ServiceProcess.awaitReady(assignments, this.settings.assignmentsPort(), READY_TIMEOUT);
		List<ChildProcess> readers = new ArrayList<>();
		for (int i = 0; i < this.reportingPorts.size(); i++) {
			readers.add(startService(LocalStack.REPORTING, LocalStack.REPORTING + "-" + (i + 1),
					this.reportingPorts.get(i)));
		}
		for (int i = 0; i < readers.size(); i++) {
			ServiceProcess.awaitReady(readers.get(i), this.reportingPorts.get(i), READY_TIMEOUT);
		}
	}

	private ChildProcess startService(String name, String instance, int port) throws IOException {
		boolean assignments = LocalStack.ASSIGNMENTS.equals(name);
		Map<String, String> environment = new HashMap<>();
		environment.put("CADRE_PARENT_PID", String.valueOf(ProcessHandle.current().pid()));
		environment.put("CADRE_SECURITY_USERS_FILE", this.settings.usersFile().toAbsolutePath().toString());
		environment.put("CADRE_SECURITY_ADMIN_PASSWORD_FILE",
				this.settings.adminPasswordFile().toAbsolutePath().toString());
		environment.put("CADRE_SECURITY_BOOTSTRAP_ADMIN", String.valueOf(assignments));
		environment.put("CADRE_KAFKA_BOOTSTRAP", this.quorum.bootstrap());
		int mongoPort = assignments ? this.settings.eventStorePort() : this.settings.readModelPort();
		environment.put("CADRE_MONGODB_URI", "mongodb://127.0.0.1:" + mongoPort);
		environment.put(assignments ? "CADRE_ASSIGNMENTS_PORT" : "CADRE_REPORTING_PORT", String.valueOf(port));
		environment.put("CADRE_EVENTS_REPLICATION_FACTOR", String.valueOf(this.quorum.replicationFactor()));
		environment.put("CADRE_EVENTS_MIN_INSYNC_REPLICAS", String.valueOf(this.quorum.minInsyncReplicas()));
		ChildProcess service = ServiceProcess.start(name, instance, this.settings, environment);
		this.services.add(service);
		return service;
	}

	/** Ends node {@code id} at once, as {@code kill -9} would. */
	void kill(int id) {
		this.brokers.get(id).kill();
	}

	/**
	 * Starts node {@code id} again on its data and waits until it listens. A node killed
	 * mid-write recovers its logs and catches up with the controllers' metadata before it
	 * opens its port, which takes long on a busy machine.
	 */
	void restart(int id) throws IOException, InterruptedException {
		ChildProcess broker = KafkaBroker.launch(this.settings, this.quorum, id);
		this.brokers.put(id, broker);
		KafkaBroker.awaitListening(this.quorum.node(id), broker, READY_TIMEOUT);
	}

	ClusterProbe probe() {
		return new ClusterProbe(this.quorum.bootstrap(), KafkaProbe.TOPIC);
	}

	String assignmentsUrl() {
		return this.settings.assignmentsUrl();
	}

	List<String> reportingUrls() {
		return this.reportingPorts.stream().map(port -> "http://127.0.0.1:" + port).toList();
	}

	StackSettings settings() {
		return this.settings;
	}

	@Override
	public void close() {
		List<AutoCloseable> parts = new ArrayList<>(this.services);
		Collections.reverse(parts);
		// Killed rather than stopped: the last node of a quorum waits in vain for a
		// controller to hand its partitions to, and the data goes with the test anyway.
		this.brokers.values().forEach(broker -> parts.add(broker::kill));
		if (this.mongo != null) {
			parts.add(this.mongo);
		}
		for (AutoCloseable part : parts) {
			try {
				part.close();
			}
			catch (Exception ex) {
				System.err.println("While stopping: " + ex.getMessage());
			}
		}
		keepLogs();
	}

	/**
	 * Copies every process's log to {@code target/cluster-logs}: the data folder, and the
	 * logs in it, is gone by the time anyone reads a failure.
	 */
	private void keepLogs() {
		Path kept = Path.of("target", "cluster-logs");
		try (Stream<Path> logs = Files.list(this.settings.logs())) {
			Files.createDirectories(kept);
			for (Path log : logs.toList()) {
				Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			System.err.println("Logs not kept: " + ex.getMessage());
		}
	}

	/**
	 * Distinct free loopback ports; the sockets stay open until all are chosen, so none
	 * is handed out twice.
	 */
	private static List<Integer> freePorts(int count) throws IOException {
		List<ServerSocket> held = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				held.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
			}
			return held.stream().map(ServerSocket::getLocalPort).toList();
		}
		finally {
			for (ServerSocket socket : held) {
				socket.close();
			}
		}
	}

}
