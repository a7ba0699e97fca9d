package vn.cadre.localstack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * What the Kafka cluster itself says: which brokers are up, which one leads each
 * partition of the event topic, and whether every replica is back in sync.
 */
final class ClusterProbe implements AutoCloseable {

	private static final String OFFSETS_TOPIC = "__consumer_offsets";

	private final Admin admin;

	private final String topic;

	ClusterProbe(String bootstrap, String topic) {
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000", AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
				"5000"));
		this.topic = topic;
	}

	void awaitBrokers(int count, Duration timeout) throws InterruptedException {
		await(timeout, "%d brokers registered".formatted(count),
				() -> this.admin.describeCluster().nodes().get().size() == count);
	}

	/** The event topic's partitions by the id of the broker leading each. */
	Map<Integer, Integer> leaders() throws Exception {
		return partitions(this.topic).stream()
			.collect(Collectors.toMap(TopicPartitionInfo::partition,
					info -> (info.leader() != null) ? info.leader().id() : Node.noNode().id()));
	}

	/**
	 * Waits until every partition of the event topic and of the consumer offsets has all
	 * {@code replicas} replicas in sync.
	 */
	void awaitInSync(int replicas, Duration timeout) throws InterruptedException {
		await(timeout, "every replica in sync",
				() -> List.of(this.topic, OFFSETS_TOPIC)
					.stream()
					.allMatch(name -> partitions(name).stream().allMatch(info -> info.isr().size() == replicas)));
	}

	private List<TopicPartitionInfo> partitions(String name) {
		try {
			Map<String, TopicDescription> topics = this.admin.describeTopics(List.of(name)).allTopicNames().get();
			return topics.get(name).partitions();
		}
		catch (Exception ex) {
			throw new IllegalStateException("describing " + name + ": " + ex.getMessage(), ex);
		}
	}

	private static void await(Duration timeout, String what, Check check) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		Exception last = null;
		while (System.nanoTime() < deadline) {
			try {
				if (check.holds()) {
					return;
				}
			}
			catch (Exception ex) {
				last = ex;
			}
			Thread.sleep(250);
		}
		throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what
				+ ((last != null) ? " (last error: " + last.getMessage() + ")" : ""));
	}

	@FunctionalInterface
	private interface Check {

		boolean holds() throws Exception;

	}

	@Override
	public void close() {
		this.admin.close(Duration.ofSeconds(5));
	}

}
