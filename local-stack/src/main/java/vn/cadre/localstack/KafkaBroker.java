package vn.cadre.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Kafka node in KRaft mode (broker and controller in one JVM), run from the Apache
 * Kafka jars in its own JVM: the local stack's single node, or one node of a quorum. Its
 * log directory lives under the data folder, so topics and offsets survive a restart; the
 * storage is formatted only on first start.
 */
final class KafkaBroker {

	static final int OFFSETS_PARTITIONS = 6;

	static final Duration HEARTBEAT = Duration.ofSeconds(1);

	static final Duration SESSION_TIMEOUT = Duration.ofSeconds(4);

	private KafkaBroker() {
	}

	/** The local stack's single broker, started and listening. */
	static ChildProcess start(StackSettings settings) throws IOException, InterruptedException {
		KafkaQuorum quorum = KafkaQuorum.single(settings);
		ChildProcess broker = launch(settings, quorum, 1);
		awaitListening(quorum.node(1), broker);
		return broker;
	}

	/**
	 * Starts node {@code id} of {@code quorum} without waiting for it: the nodes of a
	 * quorum are started together, since none completes its start alone.
	 */
	static ChildProcess launch(StackSettings settings, KafkaQuorum quorum, int id)
			throws IOException, InterruptedException {
		String name = quorum.isSingle() ? "kafka" : "kafka-" + id;
		Path home = Files.createDirectories(settings.dataDir().resolve(name));
		Path logDir = home.resolve("logs");
		Path config = home.resolve("server.properties");
		Files.writeString(config, serverProperties(quorum, id, logDir));
		String classpath = ChildProcess.classpath(settings.stackHome().resolve("kafka-lib"),
				settings.stackHome().resolve("lib")) + java.io.File.pathSeparator
				+ settings.stackHome().resolve("local-stack.jar");
		ClassDataSharing sharing = ClassDataSharing.forClasspath("kafka", classpath, settings.classDataCache());
		if (!Files.exists(logDir.resolve("meta.properties"))) {
			// The broker's archive serves the tool too: it loads a part of the same
			// classes.
			List<String> format = new ArrayList<>(sharing.mappingOnly());
			format.addAll(List.of("-cp", classpath, "kafka.tools.StorageTool", "format",
					// joined with "=": a random id may begin with "-", which would read
					// as an option
					"--cluster-id=" + quorum.clusterId(), "-c", config.toString()));
			ChildProcess.runJava(name + "-format", format, settings.logs(), Duration.ofMinutes(2));
		}
		List<String> command = new ArrayList<>(List.of("-Xms256m", "-Xmx768m"));
		command.addAll(sharing.options());
		command.addAll(List.of("-cp", classpath, ParentWatchingMain.class.getName(),
				String.valueOf(ProcessHandle.current().pid()), "kafka.Kafka", config.toString()));
		ChildProcess broker = ChildProcess.startJava(name, command, Map.of(), settings.logs());
		broker.whenEnded(sharing::ended);
		return broker;
	}

	static void awaitListening(KafkaQuorum.Node node, ChildProcess broker) {
		awaitListening(node, broker, Duration.ofMinutes(2));
	}

	static void awaitListening(KafkaQuorum.Node node, ChildProcess broker, Duration timeout) {
		Ports.awaitListening(node.port(), "Kafka broker " + node.id(), timeout, broker.process());
	}

	static String serverProperties(KafkaQuorum quorum, int id, Path logDir) {
		KafkaQuorum.Node node = quorum.node(id);
		int replicas = quorum.replicationFactor();
		int minInsync = quorum.minInsyncReplicas();
		return String.join("\n", "process.roles=broker,controller", "node.id=" + id,
				"controller.quorum.voters=" + quorum.voters(),
				"listeners=PLAINTEXT://" + node.bootstrap() + ",CONTROLLER://" + node.controller(),
				"advertised.listeners=PLAINTEXT://" + node.bootstrap(), "controller.listener.names=CONTROLLER",
				"listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
				"inter.broker.listener.name=PLAINTEXT", "log.dirs=" + logDir.toAbsolutePath(), "num.partitions=6",
				"auto.create.topics.enable=false", "offsets.topic.replication.factor=" + replicas,
				"transaction.state.log.replication.factor=" + replicas, "transaction.state.log.min.isr=" + minInsync,
				"default.replication.factor=" + replicas, "min.insync.replicas=" + minInsync,
				"group.initial.rebalance.delay.ms=0", "log.retention.ms=-1",
				// A stack on one machine has a handful of consumer groups: fewer offset
				// partitions to create, load after a restart and keep in sync.
				"offsets.topic.num.partitions=" + OFFSETS_PARTITIONS,
				// Nodes on loopback lose no heartbeat: a dead one is fenced, and its
				// partitions led elsewhere, sooner than a network's defaults allow.
				"broker.heartbeat.interval.ms=" + HEARTBEAT.toMillis(),
				"broker.session.timeout.ms=" + SESSION_TIMEOUT.toMillis(), "");
	}

}
