package vn.cadre.localstack;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerTest {

	private static final Path LOGS = Path.of("data", "kafka", "logs");

	@Test
	void theLocalStacksBroker_isOneVoterKeepingEverythingOnce() throws IOException {
		StackSettings settings = new StackSettings(Path.of("stack"), Path.of("data"), 9092, 9093, 27017, 27018, 8081,
				8082, 0);

		Properties single = properties(KafkaQuorum.single(settings), 1);

		assertThat(single).containsEntry("node.id", "1")
			.containsEntry("process.roles", "broker,controller")
			.containsEntry("controller.quorum.voters", "1@127.0.0.1:9093")
			.containsEntry("listeners", "PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093")
			.containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:9092")
			.containsEntry("offsets.topic.replication.factor", "1")
			.containsEntry("transaction.state.log.replication.factor", "1")
			.containsEntry("transaction.state.log.min.isr", "1")
			.containsEntry("default.replication.factor", "1")
			.containsEntry("min.insync.replicas", "1")
			.containsEntry("auto.create.topics.enable", "false")
			.containsEntry("log.retention.ms", "-1");
	}

	@Test
	void nodeTwoOfThree_listensOnItsOwnPorts_votesWithAll_andNeedsTwoCopiesOfEveryWrite() throws IOException {
		KafkaQuorum quorum = KafkaQuorum.of(List.of(9192, 9292, 9392), List.of(9193, 9293, 9393));

		Properties second = properties(quorum, 2);

		assertThat(second).containsEntry("node.id", "2")
			.containsEntry("process.roles", "broker,controller")
			.containsEntry("controller.quorum.voters", "1@127.0.0.1:9193,2@127.0.0.1:9293,3@127.0.0.1:9393")
			.containsEntry("listeners", "PLAINTEXT://127.0.0.1:9292,CONTROLLER://127.0.0.1:9293")
			.containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:9292")
			.containsEntry("offsets.topic.replication.factor", "3")
			.containsEntry("transaction.state.log.replication.factor", "3")
			.containsEntry("transaction.state.log.min.isr", "2")
			.containsEntry("default.replication.factor", "3")
			.containsEntry("min.insync.replicas", "2")
			.containsEntry("offsets.topic.num.partitions", "6")
			.containsEntry("broker.heartbeat.interval.ms", "1000")
			.containsEntry("broker.session.timeout.ms", "4000");
		assertThat(quorum.bootstrap()).isEqualTo("127.0.0.1:9192,127.0.0.1:9292,127.0.0.1:9392");
	}

	@Test
	void aQuorumsClusterId_isAKraftId_newForEachQuorum() {
		KafkaQuorum quorum = KafkaQuorum.of(List.of(1, 2, 3), List.of(4, 5, 6));

		assertThat(quorum.clusterId()).matches("[A-Za-z0-9_-]{22}");
		assertThat(KafkaQuorum.of(List.of(1, 2, 3), List.of(4, 5, 6)).clusterId()).isNotEqualTo(quorum.clusterId());
	}

	private static Properties properties(KafkaQuorum quorum, int id) throws IOException {
		Properties properties = new Properties();
		properties.load(new StringReader(KafkaBroker.serverProperties(quorum, id, LOGS)));
		return properties;
	}

}
