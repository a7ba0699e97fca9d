package vn.cadre.localstack;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The nodes of one Kafka cluster in KRaft mode, each a broker and a controller voter, and
 * the durability its size allows: with three or more nodes, every internal topic is kept
 * on three of them and a write needs two, so one node may be lost without losing an
 * acknowledged record.
 *
 * @param nodes the nodes, ids counted from 1
 * @param clusterId the id every node's storage is formatted with; nodes of one cluster
 * must share it
 */
record KafkaQuorum(List<Node> nodes, String clusterId) {

	/** One node's id and the loopback ports of its broker and controller listeners. */
	record Node(int id, int port, int controllerPort) {

		String bootstrap() {
			return "127.0.0.1:" + this.port;
		}

		String controller() {
			return "127.0.0.1:" + this.controllerPort;
		}

	}

	KafkaQuorum {
		nodes = List.copyOf(nodes);
	}

	/** The local stack's one broker. */
	static KafkaQuorum single(StackSettings settings) {
		return new KafkaQuorum(List.of(new Node(1, settings.kafkaPort(), settings.kafkaControllerPort())),
				randomClusterId());
	}

	/** {@code ports.size()} nodes on these ports, numbered from 1 in order. */
	static KafkaQuorum of(List<Integer> ports, List<Integer> controllerPorts) {
		if (ports.size() != controllerPorts.size() || ports.isEmpty()) {
			throw new IllegalArgumentException("one broker port and one controller port per node");
		}
		return new KafkaQuorum(java.util.stream.IntStream.range(0, ports.size())
			.mapToObj(i -> new Node(i + 1, ports.get(i), controllerPorts.get(i)))
			.toList(), randomClusterId());
	}

	Node node(int id) {
		return this.nodes.stream()
			.filter(node -> node.id() == id)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no node " + id));
	}

	boolean isSingle() {
		return this.nodes.size() == 1;
	}

	/** {@code controller.quorum.voters}: every node, as {@code id@host:port}. */
	String voters() {
		return this.nodes.stream().map(node -> node.id() + "@" + node.controller()).collect(Collectors.joining(","));
	}

	/** Every node's broker address, for clients. */
	String bootstrap() {
		return this.nodes.stream().map(Node::bootstrap).collect(Collectors.joining(","));
	}

	int replicationFactor() {
		return Math.min(3, this.nodes.size());
	}

	/**
	 * One less than the replication factor, but at least one: a write is acknowledged
	 * only once it is on two nodes, so losing one never loses it.
	 */
	int minInsyncReplicas() {
		return Math.max(1, replicationFactor() - 1);
	}

	private static String randomClusterId() {
		byte[] bytes = new byte[16];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
