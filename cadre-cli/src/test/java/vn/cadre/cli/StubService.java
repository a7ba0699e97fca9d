package vn.cadre.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A service on loopback that answers as a test tells it, by request line prefix, and
 * keeps every request it received.
 */
final class StubService implements AutoCloseable {

	/** A request as received: method, path with query, the headers asked about. */
	record Request(String method, String uri, Map<String, String> headers, String body) {

		String line() {
			return this.method + " " + this.uri;
		}

	}

	/** An answer: status, headers, body. */
	record Reply(int status, Map<String, String> headers, String body) {

	}

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final Map<String, Reply> replies = new ConcurrentHashMap<>();

	private final List<String> kept;

	StubService(String... keptHeaders) throws IOException {
		this.kept = List.of(keptHeaders);
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * Answers requests whose line ({@code "GET /api/units?..."}) starts with the prefix.
	 */
	StubService answer(String linePrefix, int status, Map<String, String> headers, String body) {
		this.replies.put(linePrefix, new Reply(status, headers, body));
		return this;
	}

	List<Request> requests() {
		return this.requests;
	}

	private void handle(HttpExchange exchange) throws IOException {
		Map<String, String> headers = new java.util.HashMap<>();
		for (String name : this.kept) {
			String value = exchange.getRequestHeaders().getFirst(name);
			if (value != null) {
				headers.put(name, value);
			}
		}
		Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers,
				new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		this.requests.add(request);
		Reply reply = this.replies.entrySet()
			.stream()
			.filter(entry -> request.line().startsWith(entry.getKey()))
			.max(java.util.Comparator.comparingInt(entry -> entry.getKey().length()))
			.map(Map.Entry::getValue)
			.orElse(new Reply(404, Map.of(), "{\"detail\":\"no stub for " + request.line() + "\"}"));
		byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		reply.headers().forEach(exchange.getResponseHeaders()::set);
		exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
