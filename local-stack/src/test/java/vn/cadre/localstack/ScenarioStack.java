package vn.cadre.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One real stack, with the console and the Bình Lư scenario loaded, shared by the test
 * classes that need just that: starting it and loading the scenario is most of what each
 * of them would otherwise spend alone. A class that only reads the report's figures takes
 * it {@linkplain #asLoaded() as loaded}; a class that changes what the figures count says
 * so ({@link #changing()}), and the next class that needs the figures as loaded gets a
 * fresh stack. Whatever order the classes run in, each sees what it expects; in the
 * build's alphabetical order (the readers {@code BinhLuReportIT} and
 * {@code ConsoleBrowserIT}, then {@code ConsoleStaffIT}, then {@code InvalidInputIT},
 * which needs only a running stack, one after the other) one stack serves all four, and
 * the last stops it.
 */
final class ScenarioStack {

	static final Path SCENARIO = Path.of("..", "scenarios", "binh-lu.json").toAbsolutePath().normalize();

	private static Shared current;

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(ScenarioStack::closeCurrent, "scenario-stack-close"));
	}

	private ScenarioStack() {
	}

	/**
	 * The stack with the scenario as loaded, started (or started afresh, if an earlier
	 * class changed it) for the caller.
	 */
	static synchronized Shared asLoaded() throws IOException, InterruptedException {
		if (current != null && current.changed) {
			closeCurrent();
		}
		if (current == null) {
			current = Shared.start();
		}
		return current;
	}

	/**
	 * The stack, with whatever earlier classes changed in it, which the caller is about
	 * to change too: no class after it gets it as loaded.
	 */
	static synchronized Shared changing() throws IOException, InterruptedException {
		Shared stack = (current != null) ? current : asLoaded();
		stack.changed();
		return stack;
	}

	/**
	 * Stops the stack now rather than when the tests end, for a class whose changes leave
	 * it of no use to any other.
	 */
	static synchronized void close(Shared stack) {
		if (current == stack) {
			closeCurrent();
		}
	}

	private static synchronized void closeCurrent() {
		if (current != null) {
			current.close();
			current = null;
		}
	}

	/** A running stack with the scenario loaded, and the users added to it so far. */
	static final class Shared implements AutoCloseable {

		private final Path data;

		private final LocalStack stack;

		private final TestStacks.Run firstLoad;

		private final Map<String, String> passwords = new HashMap<>();

		private boolean changed;

		private Shared(Path data, LocalStack stack, TestStacks.Run firstLoad) {
			this.data = data;
			this.stack = stack;
			this.firstLoad = firstLoad;
		}

		private static Shared start() throws IOException, InterruptedException {
			Path data = Files.createTempDirectory("cadre-scenario-stack");
			LocalStack stack = LocalStack.start(TestStacks.onFreePorts(data, true));
			TestStacks.Run loaded = TestStacks.cadre(stack, "import-scenario", SCENARIO.toString());
			assertThat(loaded.exit()).as(loaded.err()).isZero();
			return new Shared(data, stack, loaded);
		}

		/** Marks the stack as changed from now on: no later class gets it as loaded. */
		void changed() {
			synchronized (ScenarioStack.class) {
				this.changed = true;
			}
		}

		LocalStack stack() {
			return this.stack;
		}

		/** What {@code ./cadre import-scenario} answered when it loaded the scenario. */
		TestStacks.Run firstLoad() {
			return this.firstLoad;
		}

		/**
		 * The password of a user with these roles, added through
		 * {@code ./cadre users add} the first time a class asks for the name.
		 */
		synchronized String user(String name, String roles) {
			return this.passwords.computeIfAbsent(name + " " + roles, (key) -> {
				try {
					return TestStacks.addUser(this.stack, name, roles);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}

		@Override
		public void close() {
			this.stack.close();
			try (Stream<Path> files = Files.walk(this.data)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
			catch (IOException ex) {
				// a temporary folder left behind harms no later test
			}
		}

	}

}
