package vn.cadre.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One of the two Spring Boot services, started from its executable jar and awaited until
 * it reports ready.
 */
final class ServiceProcess {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** The services' JVM options, replacing {@link #defaultOptions} when set. */
	static final String JAVA_OPTIONS = "CADRE_SERVICE_JAVA_OPTIONS";

	/**
	 * A small heap and the serial collector keep an idle service light on a 2-core
	 * machine; the read side replays the history at every start, where a profile put a
	 * fifth of its time in serial collections, so it gets the parallel collector and a
	 * heap sized for its catch-up chunks (ReadSideBenchmark, two runs each: replay 13 %
	 * and rebuild 17 % faster, peak heap used 357 MiB). A service out of memory stops, so
	 * that the supervisor starts it afresh: one that went on after it (the read side,
	 * when four country questions at once outgrew its heap) had lost its consumers'
	 * heartbeats and answered 500.
	 */
	static String defaultOptions(String name) {
		return (LocalStack.REPORTING.equals(name) ? "-Xms384m -Xmx512m -XX:+UseParallelGC"
				: "-Xms128m -Xmx768m -XX:+UseSerialGC") + " -XX:+ExitOnOutOfMemoryError";
	}

	private ServiceProcess() {
	}

	/**
	 * The JVM options of a service: {@value #JAVA_OPTIONS} from its environment or the
	 * stack's, else the service's default.
	 */
	static List<String> javaOptions(String name, Map<String, String> environment) {
		String options = environment.getOrDefault(JAVA_OPTIONS,
				System.getenv().getOrDefault(JAVA_OPTIONS, defaultOptions(name)));
		return List.of(options.trim().split("\\s+"));
	}

	private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(30);

	static ChildProcess start(String name, StackSettings settings, Map<String, String> environment) throws IOException {
		return start(name, name, settings, environment);
	}

	/**
	 * One instance of a service among several, with its own log: {@code instance} names
	 * the process and its log, {@code name} the jar.
	 */
	static ChildProcess start(String name, String instance, StackSettings settings, Map<String, String> environment)
			throws IOException {
		Path jar = settings.stackHome().resolve("services").resolve(name + ".jar");
		if (!Files.isRegularFile(jar)) {
			throw new StackException("Missing " + jar + "; build first with ./mvnw -DskipTests install");
		}
		ClassDataSharing sharing = ClassDataSharing.forServiceJar(name, jar, settings.classDataCache(), settings.logs(),
				environment);
		List<String> command = new ArrayList<>(javaOptions(name, environment));
		command.addAll(sharing.options());
		command.addAll(List.of("-jar", sharing.jar().toString()));
		ChildProcess service = ChildProcess.startJava(instance, command, environment, settings.logs());
		service.whenEnded(sharing::ended);
		return service;
	}

	/**
	 * Waits until the service is ready. {@code timeout} bounds its start; a service that
	 * answers but is not ready yet (the read side replaying a long history) gets
	 * {@link #CATCH_UP_TIMEOUT} more.
	 */
	static void awaitReady(ChildProcess service, int port, Duration timeout) {
		URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
		Instant deadline = Instant.now().plus(timeout);
		boolean answered = false;
		int status;
		while ((status = readiness(readiness)) != 200) {
			if (!service.isAlive()) {
				throw new StackException(service.name() + " exited during start-up; see " + service.log());
			}
			if (status > 0 && !answered) {
				answered = true;
				deadline = Instant.now().plus(CATCH_UP_TIMEOUT);
				System.out.println(service.name() + " is catching up with the event history...");
			}
			if (Instant.now().isAfter(deadline)) {
				throw new StackException(
						service.name() + " was not ready within " + timeout.toSeconds() + " s; see " + service.log());
			}
			Sleep.briefly(500);
		}
	}

	static boolean isReady(URI readiness) {
		return readiness(readiness) == 200;
	}

	/** Whether the service answers at all: it has started, ready or not. */
	static boolean answers(URI readiness) {
		return readiness(readiness) > 0;
	}

	/** The readiness endpoint's status code, 0 when it does not answer. */
	private static int readiness(URI readiness) {
		try {
			HttpResponse<Void> response = HTTP.send(
					HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode();
		}
		catch (IOException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

}
