package vn.cadre.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import vn.cadre.kernel.ReadYourWrites;

/**
 * How the client reads its own writes: the position every accepted command answers with
 * is kept in the {@link PositionFile}, and every read of the read side's API asks for the
 * highest one kept ({@code Cadre-Min-Position}), unless {@code --no-wait}. The read side
 * answers once its read models include it, or 503 when they did not in time.
 */
final class OwnWrites {

	private final Cadre options;

	private final PositionFile positions;

	OwnWrites(Cadre options) {
		this.options = options;
		this.positions = options.positions();
	}

	/**
	 * The request, asking for this client's changes when it reads the read side's API.
	 */
	HttpRequest.Builder awaited(HttpRequest.Builder request, String baseUrl, String path) {
		if (this.options.noWait || !baseUrl.equals(this.options.reportingUrl) || !path.startsWith("/api/")) {
			return request;
		}
		try {
			this.positions.highest(this.options.assignmentsUrl)
				.ifPresent(position -> request.header(ReadYourWrites.MIN_POSITION_HEADER, Long.toString(position)));
		}
		catch (UncheckedIOException ex) {
			warn(ex.getMessage() + "; reading without waiting for earlier changes");
		}
		return request;
	}

	/** Keeps the position an accepted command answered with, for later reads. */
	void remember(HttpResponse<?> response) {
		Long position = position(response);
		if (position == null) {
			return;
		}
		try {
			this.positions.record(this.options.assignmentsUrl, position);
		}
		catch (UncheckedIOException ex) {
			warn("Không ghi được vị trí / Could not keep the position " + position + ": " + ex.getMessage());
		}
	}

	/**
	 * The position a command's answer names, null when it names none it can be read as.
	 */
	static Long position(HttpResponse<?> response) {
		try {
			return response.headers()
				.firstValue(ReadYourWrites.POSITION_HEADER)
				.map(value -> Long.valueOf(value.strip()))
				.orElse(null);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * A read that asked for this client's changes, and the read side had not got there.
	 */
	static boolean isBehind(HttpResponse<?> response) {
		return response.statusCode() == 503
				&& response.request().headers().firstValue(ReadYourWrites.MIN_POSITION_HEADER).isPresent();
	}

	/** Says that the read side has not caught up, and how to go on. */
	void reportBehind(HttpResponse<?> response) {
		String position = response.request().headers().firstValue(ReadYourWrites.MIN_POSITION_HEADER).orElseThrow();
		String retryAfter = response.headers()
			.firstValue("Retry-After")
			.map(seconds -> " in " + seconds + " s")
			.orElse("");
		warn("Bên đọc chưa cập nhật tới thay đổi của bạn (vị trí " + position
				+ ") / The read side has not caught up with your changes yet (position " + position + "). Try again"
				+ retryAfter + ", or read what it holds now with --no-wait. (After the event store was reset, "
				+ "delete " + this.positions.path() + ".)");
	}

	private void warn(String message) {
		PrintWriter err = this.options.err();
		err.println(message);
		err.flush();
	}

}
