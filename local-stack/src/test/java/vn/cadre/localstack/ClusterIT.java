package vn.cadre.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster shape's Kafka side on real brokers: three nodes in one KRaft quorum, the
 * event topic with three replicas and min ISR 2, one assignments-service, two
 * reporting-service instances. While commands keep arriving, the broker leading most of
 * the topic's partitions is killed with {@code kill -9} and later restarted; then two of
 * the three are killed and one returns. Every accepted command ends up exactly once in
 * the event store, the register and the audit log of both instances, and a fresh rebuild
 * finds no difference. The figures (how long the read side took to recover) are printed.
 */
@Tag("cluster")
@Tag("crash")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

	private static final Duration CATCH_UP = Duration.ofMinutes(3);

	@TempDir
	static Path data;

	private static TestCluster cluster;

	private final ReadSideLedger ledger = new ReadSideLedger();

	@BeforeAll
	static void startCluster() throws Exception {
		cluster = TestCluster.start(data);
		CitedDocuments.register(cluster.assignmentsUrl(), "1670/NQ-UBTVQH15");
	}

	@AfterAll
	static void stopCluster() {
		if (cluster != null) {
			cluster.close();
		}
	}

	/** Each case starts from a whole cluster, whatever ran before it. */
	@BeforeEach
	void everyReplicaInSync() throws Exception {
		try (ClusterProbe probe = cluster.probe()) {
			probe.awaitInSync(3, CATCH_UP);
		}
	}

	@Test
	@Order(1)
	void killingTheLeadersBroker_losesNoAcceptedCommand_andAppliesNoneTwice() throws Exception {
		String prefix = "cum-a";
		List<SteadyLoad.Accepted> accepted;
		try (SteadyLoad load = SteadyLoad.start(cluster.assignmentsUrl(), prefix, Duration.ofMillis(40))) {
			load.awaitAccepted(60);
			Map<Integer, Integer> leaders = leaders();
			int victim = byLeadership(leaders).get(0);
			long killedAt = System.nanoTime();
			cluster.kill(victim);

			SteadyLoad.Accepted firstAfter = load.awaitSentAfter(killedAt);
			long recoveredAt = this.ledger.awaitApplied(cluster.reportingUrls().get(0), firstAfter, CATCH_UP);
			report("kill -9 of broker %d (leader of partitions %s): the read side applied the first command sent "
					+ "after it %.1f s after the kill", victim, partitionsLedBy(leaders, victim),
					seconds(killedAt, recoveredAt));

			load.awaitAccepted(load.accepted().size() + 40);
			long restartedAt = System.nanoTime();
			cluster.restart(victim);
			long listeningAt = System.nanoTime();
			try (ClusterProbe probe = cluster.probe()) {
				probe.awaitInSync(3, CATCH_UP);
			}
			report("broker %d restarted: listening %.1f s later, every replica back in sync %.1f s later", victim,
					seconds(restartedAt, listeningAt), seconds(restartedAt, System.nanoTime()));
			load.awaitAccepted(load.accepted().size() + 40);
			accepted = awaitStopped(load);
		}
		assertEveryAcceptedCommandAppliedOnce(prefix, accepted);
		assertRebuildFindsNoDifference();
	}

	@Test
	@Order(2)
	void withTwoOfThreeBrokersDown_acceptedCommandsWait_andArriveOnceWhenOneReturns() throws Exception {
		String prefix = "cum-b";
		List<SteadyLoad.Accepted> accepted;
		try (SteadyLoad load = SteadyLoad.start(cluster.assignmentsUrl(), prefix, Duration.ofMillis(100))) {
			load.awaitAccepted(20);
			List<Integer> down = byLeadership(leaders()).subList(0, 2);
			long downAt = System.nanoTime();
			down.forEach(cluster::kill);
			Thread.sleep(Duration.ofSeconds(20).toMillis());

			long returnedAt = System.nanoTime();
			List<SteadyLoad.Accepted> duringOutage = load.accepted()
				.stream()
				.filter(one -> one.sentAt() > downAt && one.acceptedAt() < returnedAt)
				.toList();
			assertThat(duringOutage)
				.as("the command side keeps accepting and storing commands while Kafka takes no writes")
				.isNotEmpty();
			List<String> outageIds = duringOutage.stream().map(SteadyLoad.Accepted::unitId).toList();
			for (String reporting : cluster.reportingUrls()) {
				assertThat(this.ledger.register(reporting, prefix))
					.as("a command only one broker holds never reaches the read side")
					.doesNotContainAnyElementsOf(outageIds);
			}
			report("brokers %s killed: for 20 s assignments-service accepted and stored %d commands (other "
					+ "answers by status: %s); none reached the read side", down, duringOutage.size(),
					load.otherAnswers());

			cluster.restart(down.get(0));
			long caughtUp = this.ledger.awaitApplied(cluster.reportingUrls().get(0),
					duringOutage.get(duringOutage.size() - 1), CATCH_UP);
			report("broker %d restarted: the read side applied every command accepted during the outage %.1f s "
					+ "later", down.get(0), seconds(returnedAt, caughtUp));
			load.awaitAccepted(load.accepted().size() + 20);
			cluster.restart(down.get(1));
			accepted = awaitStopped(load);
		}
		assertEveryAcceptedCommandAppliedOnce(prefix, accepted);
		assertRebuildFindsNoDifference();
	}

	private static List<SteadyLoad.Accepted> awaitStopped(SteadyLoad load) throws InterruptedException {
		load.close();
		return load.accepted();
	}

	/**
	 * Each accepted registration is stored once, and on both instances in the register
	 * and the audit log once: none lost, none applied twice, nothing that was not
	 * accepted.
	 */
	private void assertEveryAcceptedCommandAppliedOnce(String prefix, List<SteadyLoad.Accepted> accepted)
			throws Exception {
		List<String> ids = accepted.stream().map(SteadyLoad.Accepted::unitId).toList();
		SteadyLoad.Accepted last = accepted.stream()
			.max(Comparator.comparingLong(SteadyLoad.Accepted::position))
			.orElseThrow();
		assertThat(ReadSideLedger.stored(cluster.settings(), prefix)).as("registrations in the event store")
			.containsExactlyInAnyOrderElementsOf(ids);
		for (String reporting : cluster.reportingUrls()) {
			this.ledger.awaitApplied(reporting, last, CATCH_UP);
			assertThat(this.ledger.register(reporting, prefix)).as("the register of %s", reporting)
				.containsExactlyInAnyOrderElementsOf(ids);
			assertThat(this.ledger.audited(reporting, prefix)).as("the audit log of %s", reporting)
				.containsExactlyInAnyOrderElementsOf(ids);
		}
		report("%d accepted commands, each stored once and applied once on both instances", ids.size());
	}

	private static void assertRebuildFindsNoDifference() {
		TestStacks.Run check = TestStacks.cadre(cluster.settings(), cluster.assignmentsUrl(),
				cluster.reportingUrls().get(0), "rebuild", "--check", "--poll", "PT0.2S");
		assertThat(check.exit()).as(check.out() + check.err()).isZero();
		assertThat(check.out()).contains("0 khác biệt / differences");
	}

	private static Map<Integer, Integer> leaders() throws Exception {
		try (ClusterProbe probe = cluster.probe()) {
			return probe.leaders();
		}
	}

	/** Broker ids, the one leading most partitions first. */
	private static List<Integer> byLeadership(Map<Integer, Integer> leaders) {
		Map<Integer, Long> led = leaders.values()
			.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		return List.of(1, 2, 3)
			.stream()
			.sorted(Comparator.comparing((Integer id) -> led.getOrDefault(id, 0L)).reversed())
			.toList();
	}

	private static List<Integer> partitionsLedBy(Map<Integer, Integer> leaders, int broker) {
		return leaders.entrySet().stream().filter(e -> e.getValue() == broker).map(Map.Entry::getKey).sorted().toList();
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}

	private static void report(String format, Object... arguments) {
		System.out.println("[cluster] " + format.formatted(arguments));
	}

}
