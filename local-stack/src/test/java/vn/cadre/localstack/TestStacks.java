package vn.cadre.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.UUID;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import vn.cadre.cli.Cadre;

/** The real stack as the tests start it, and the command-line client pointed at it. */
final class TestStacks {

	/** Where the build puts the launcher, the service jars and the broker's classpath. */
	static final Path STACK_HOME = Path.of("target", "stack").toAbsolutePath();

	private TestStacks() {
	}

	/**
	 * The stacks of this run by service port, to sign a request in with their
	 * administrator.
	 */
	private static final Map<Integer, StackSettings> STACKS = new ConcurrentHashMap<>();

	/**
	 * A request to one of the stack's services, signed in as the first administrator that
	 * the stack generated.
	 */
	static HttpRequest.Builder request(String url) {
		URI uri = URI.create(url);
		StackSettings settings = STACKS.get(uri.getPort());
		if (settings == null) {
			throw new IllegalArgumentException("No test stack serves " + url);
		}
		try {
			String password = Files.readString(settings.adminPasswordFile()).strip();
			String basic = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
			return HttpRequest.newBuilder(uri).header("Authorization", "Basic " + basic);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Settings with six distinct free ports on loopback and the data under {@code data},
	 * without the console. The sockets stay open until all are chosen: closed one by one,
	 * the system may hand the same port out twice.
	 */
	static StackSettings onFreePorts(Path data) throws IOException {
		return onFreePorts(data, false);
	}

	/** The same, with a seventh port for the web console when {@code console}. */
	static StackSettings onFreePorts(Path data, boolean console) throws IOException {
		List<ServerSocket> held = new ArrayList<>();
		try {
			for (int i = 0; i < (console ? 7 : 6); i++) {
				held.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
			}
			StackSettings settings = new StackSettings(STACK_HOME, data, held.get(0).getLocalPort(),
					held.get(1).getLocalPort(), held.get(2).getLocalPort(), held.get(3).getLocalPort(),
					held.get(4).getLocalPort(), held.get(5).getLocalPort(), console ? held.get(6).getLocalPort() : 0);
			STACKS.put(settings.assignmentsPort(), settings);
			STACKS.put(settings.reportingPort(), settings);
			return settings;
		}
		finally {
			for (ServerSocket socket : held) {
				socket.close();
			}
		}
	}

	/**
	 * Adds a user with these roles (comma-separated) through {@code ./cadre users add},
	 * with a random password kept beside the stack's data, and returns the password.
	 */
	static String addUser(LocalStack stack, String name, String roles) throws IOException {
		String password = UUID.randomUUID().toString();
		Path passwordFile = stack.settings().dataDir().resolve(name + "-password");
		Files.writeString(passwordFile, password);
		Run added = cadre(stack, "users", "add", name, "--roles", roles, "--password-from", passwordFile.toString());
		if (added.exit() != 0) {
			throw new IllegalStateException("users add " + name + " failed: " + added.err());
		}
		return password;
	}

	/**
	 * Signs requests to a service on {@code port}, one of several instances, in as the
	 * administrator of the stack {@code settings} describe.
	 */
	static void serves(int port, StackSettings settings) {
		STACKS.put(port, settings);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** What {@code ./cadre} answered: its exit code and what it printed. */
	record Run(int exit, String out, String err) {

	}

	/**
	 * Runs {@code ./cadre} in this JVM against the stack, keeping its positions with the
	 * stack's data rather than in the home folder.
	 */
	static Run cadre(LocalStack stack, String... args) {
		return cadre(stack.settings(), stack.assignmentsUrl(), stack.reportingUrl(), args);
	}

	/** The same against services at these addresses, one instance among several. */
	static Run cadre(StackSettings settings, String assignmentsUrl, String reportingUrl, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine cadre = Cadre.commandLine();
		cadre.setOut(new PrintWriter(out));
		cadre.setErr(new PrintWriter(err));
		List<String> all = new ArrayList<>(List.of("--assignments-url", assignmentsUrl, "--reporting-url", reportingUrl,
				"--password-file", settings.adminPasswordFile().toString(), "--position-file",
				settings.dataDir().resolve("cadre-position").toString()));
		all.addAll(List.of(args));
		int exit = cadre.execute(all.toArray(String[]::new));
		return new Run(exit, out.toString(), err.toString());
	}

}
