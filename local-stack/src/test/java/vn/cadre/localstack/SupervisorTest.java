package vn.cadre.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The launcher's watch over its children, on real operating-system processes
 * ({@code sleep} stands in for a service).
 */
class SupervisorTest {

	private static final RestartPolicy QUICK = new RestartPolicy(3, Duration.ofMinutes(1), Duration.ofMillis(50),
			Duration.ofMillis(200), Duration.ofMillis(300));

	@TempDir
	Path logs;

	private final AtomicBoolean stopping = new AtomicBoolean();

	private final List<String> log = new CopyOnWriteArrayList<>();

	private final AtomicReference<ChildProcess> child = new AtomicReference<>();

	@AfterEach
	void stopChild() {
		this.stopping.set(true);
		if (this.child.get() != null) {
			this.child.get().kill();
		}
	}

	@Test
	void aChildKilledWithSigkill_isStartedAgain_andOneLineSaysSo() throws Exception {
		this.child.set(sleeper());
		long firstPid = this.child.get().pid();
		CompletableFuture<Void> watch = watch(() -> this.child.set(sleeper()));

		ProcessHandle.of(firstPid).orElseThrow().destroyForcibly();

		awaitUntil(() -> this.child.get().pid() != firstPid && this.child.get().isAlive());
		assertThat(this.log).singleElement()
			.asString()
			.contains("reporting-service", "stopped unexpectedly", "exit 137", "restart 1 of at most 3");
		this.stopping.set(true);
		watch.get(5, TimeUnit.SECONDS);
	}

	@Test
	void aRequestedStop_endsTheWatchQuietly_evenWhenTheChildrenStopFirst() throws Exception {
		this.child.set(sleeper());
		CompletableFuture<Void> watch = watch(() -> this.child.set(sleeper()));

		// Ctrl-C in a terminal interrupts the children too, a moment before the
		// launcher's shutdown hook runs.
		this.child.get().process().destroy();
		Thread.sleep(100);
		this.stopping.set(true);

		watch.get(5, TimeUnit.SECONDS);
		assertThat(this.log).isEmpty();
	}

	@Test
	void aChildThatKeepsFailing_stopsEverything_afterTheLimit() throws Exception {
		this.child.set(failing());
		CompletableFuture<Void> watch = watch(() -> this.child.set(failing()));

		assertThatThrownBy(() -> watch.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(StackException.class)
			.hasMessageContaining("reporting-service stopped 4 times within 1 min; stopping everything");
		assertThat(this.log).hasSize(3);
	}

	private CompletableFuture<Void> watch(Supervisor.Restart restart) {
		Supervisor supervisor = new Supervisor(QUICK, this.stopping::get, this.log::add);
		supervisor.watch(LocalStack.REPORTING, this.child::get, restart);
		return CompletableFuture.runAsync(() -> {
			try {
				supervisor.run();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
	}

	private ChildProcess sleeper() throws java.io.IOException {
		return ChildProcess.start(LocalStack.REPORTING, List.of("sleep", "600"), Map.of(), this.logs);
	}

	private ChildProcess failing() throws java.io.IOException {
		return ChildProcess.start(LocalStack.REPORTING, List.of("false"), Map.of(), this.logs);
	}

	private static void awaitUntil(java.util.function.BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
			Sleep.briefly(20);
		}
	}

}
