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
import java.util.List;
import java.util.Map;

/**
 * One of the two Spring Boot services, started from its executable jar and awaited until
 * it reports ready.
 */
final class ServiceProcess {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private ServiceProcess() {
	}

	static ChildProcess start(String name, StackSettings settings, Map<String, String> environment) throws IOException {
		Path jar = settings.stackHome().resolve("services").resolve(name + ".jar");
		if (!Files.isRegularFile(jar)) {
			throw new StackException("Missing " + jar + "; build first with ./mvnw -DskipTests install");
		}
		return ChildProcess.startJava(name, List.of("-Xms128m", "-Xmx768m", "-XX:+UseSerialGC", "-jar", jar.toString()),
				environment, settings.logs());
	}

	static void awaitReady(ChildProcess service, int port, Duration timeout) {
		URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
		Instant deadline = Instant.now().plus(timeout);
		while (!isReady(readiness)) {
			if (!service.isAlive()) {
				throw new StackException(service.name() + " exited during start-up; see " + service.log());
			}
			if (Instant.now().isAfter(deadline)) {
				throw new StackException(
						service.name() + " was not ready within " + timeout.toSeconds() + " s; see " + service.log());
			}
			Sleep.briefly(500);
		}
	}

	static boolean isReady(URI readiness) {
		try {
			HttpResponse<Void> response = HTTP.send(
					HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
