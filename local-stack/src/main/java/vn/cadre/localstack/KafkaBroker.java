package vn.cadre.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A single-node Kafka broker in KRaft mode, run from the Apache Kafka jars in its own
 * JVM. Its log directory lives under the data folder, so topics and offsets survive a
 * restart; the storage is formatted only on first start.
 */
final class KafkaBroker {

	private KafkaBroker() {
	}

	static ChildProcess start(StackSettings settings) throws IOException, InterruptedException {
		Path home = Files.createDirectories(settings.dataDir().resolve("kafka"));
		Path logDir = home.resolve("logs");
		Path config = home.resolve("server.properties");
		Files.writeString(config, serverProperties(settings, logDir));
		String classpath = ChildProcess.classpath(settings.stackHome().resolve("kafka-lib"),
				settings.stackHome().resolve("lib")) + java.io.File.pathSeparator
				+ settings.stackHome().resolve("local-stack.jar");
		if (!Files.exists(logDir.resolve("meta.properties"))) {
			ChildProcess.runJava("kafka-format", List.of("-cp", classpath, "kafka.tools.StorageTool", "format",
					// joined with "=": a random id may begin with "-", which would read
					// as an option
					"--cluster-id=" + clusterId(), "-c", config.toString()), settings.logs(), Duration.ofMinutes(2));
		}
		ChildProcess broker = ChildProcess.startJava("kafka",
				List.of("-Xms256m", "-Xmx768m", "-cp", classpath, ParentWatchingMain.class.getName(),
						String.valueOf(ProcessHandle.current().pid()), "kafka.Kafka", config.toString()),
				Map.of(), settings.logs());
		Ports.awaitListening(settings.kafkaPort(), "Kafka broker", Duration.ofMinutes(2), broker.process());
		return broker;
	}

	private static String serverProperties(StackSettings settings, Path logDir) {
		String controller = "127.0.0.1:" + settings.kafkaControllerPort();
		return String.join("\n", "process.roles=broker,controller", "node.id=1",
				"controller.quorum.voters=1@" + controller,
				"listeners=PLAINTEXT://" + settings.kafkaBootstrap() + ",CONTROLLER://" + controller,
				"advertised.listeners=PLAINTEXT://" + settings.kafkaBootstrap(), "controller.listener.names=CONTROLLER",
				"listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
				"inter.broker.listener.name=PLAINTEXT", "log.dirs=" + logDir.toAbsolutePath(), "num.partitions=6",
				"auto.create.topics.enable=false", "offsets.topic.replication.factor=1",
				"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
				"group.initial.rebalance.delay.ms=0", "log.retention.ms=-1", "");
	}

	private static String clusterId() {
		byte[] bytes = new byte[16];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
