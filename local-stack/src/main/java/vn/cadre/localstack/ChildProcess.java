package vn.cadre.localstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * A JVM started by the stack, with its output in a log file, stopped politely first and
 * forcibly if need be.
 */
final class ChildProcess implements AutoCloseable {

	private final String name;

	private final Process process;

	private final Path log;

	private IntConsumer whenEnded = (exitCode) -> {
	};

	private ChildProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	static ChildProcess startJava(String name, List<String> jvmArguments, Map<String, String> environment, Path logs)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(javaExecutable());
		command.addAll(jvmArguments);
		return start(name, command, environment, logs);
	}

	static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path logs)
			throws IOException {
		Path log = Files.createDirectories(logs).resolve(name + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		return new ChildProcess(name, builder.start(), log);
	}

	/** Runs a JVM to completion, for one-off tools such as formatting Kafka's storage. */
	static void runJava(String name, List<String> jvmArguments, Path logs, Duration timeout)
			throws IOException, InterruptedException {
		ChildProcess tool = startJava(name, jvmArguments, Map.of(), logs);
		if (!tool.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || tool.process.exitValue() != 0) {
			tool.close();
			throw new StackException(name + " failed; see " + tool.log + "; it ended with:\n" + tail(tool.log));
		}
	}

	/**
	 * The last lines of a log, in the error itself: a test's data folder, and the log in
	 * it, is gone by the time anyone reads the report.
	 */
	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (IOException ex) {
			return "(log unreadable: " + ex.getMessage() + ")";
		}
	}

	static String javaExecutable() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	static String classpath(Path... folders) {
		List<String> entries = new ArrayList<>();
		for (Path folder : folders) {
			entries.add(folder.toAbsolutePath() + File.separator + "*");
		}
		return String.join(File.pathSeparator, entries);
	}

	String name() {
		return this.name;
	}

	Process process() {
		return this.process;
	}

	Path log() {
		return this.log;
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	long pid() {
		return this.process.pid();
	}

	/** The exit code, or -1 while the process runs. */
	int exitCode() {
		return this.process.isAlive() ? -1 : this.process.exitValue();
	}

	/**
	 * Runs {@code action} with the exit code once the process is seen to have ended, by
	 * {@link #close()} or {@link #kill()}.
	 */
	void whenEnded(IntConsumer action) {
		this.whenEnded = action;
	}

	/** Ends the process at once, as a crash would: no shutdown hooks run. */
	void kill() {
		this.process.descendants().forEach(ProcessHandle::destroyForcibly);
		this.process.destroyForcibly();
		waitFor(Duration.ofSeconds(10));
		reportEnd();
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!waitFor(Duration.ofSeconds(30))) {
				kill();
			}
		}
		reportEnd();
	}

	private synchronized void reportEnd() {
		if (!this.process.isAlive()) {
			IntConsumer action = this.whenEnded;
			this.whenEnded = (exitCode) -> {
			};
			action.accept(this.process.exitValue());
		}
	}

	private boolean waitFor(Duration timeout) {
		try {
			return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
