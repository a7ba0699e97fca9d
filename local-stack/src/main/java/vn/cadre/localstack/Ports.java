package vn.cadre.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

/** Checks on loopback ports. */
final class Ports {

	private Ports() {
	}

	/**
	 * Fails with a message naming the port and the option that moves it when something
	 * already listens there.
	 */
	static void requireFree(int port, String what, String option) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		}
		catch (IOException ex) {
			throw new StackException("Port " + port + " (" + what + ") is already in use on 127.0.0.1. Stop what "
					+ "holds it, or choose another port with " + option + ".");
		}
	}

	static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	static void awaitListening(int port, String what, Duration timeout, Process process) {
		Instant deadline = Instant.now().plus(timeout);
		while (!accepts(port)) {
			if (process != null && !process.isAlive()) {
				throw new StackException(what + " exited during start-up (exit code " + process.exitValue() + ")");
			}
			if (Instant.now().isAfter(deadline)) {
				throw new StackException(what + " did not open port " + port + " within " + timeout.toSeconds() + " s");
			}
			Sleep.briefly(200);
		}
	}

}
