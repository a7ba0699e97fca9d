package vn.cadre.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.cadre.kernel.chain.ChainLink;
import vn.cadre.kernel.chain.HashChain;

/**
 * Verifies an exported history without any server: recomputes every link from the events
 * as written in the file, and holds the end against the digest in the file's header and,
 * if the auditor has one from elsewhere, against that.
 */
final class HistoryFile {

	static final String FORMAT = "cadre-ledger-history/1";

	private static final ObjectMapper JSON = new ObjectMapper();

	private HistoryFile() {
	}

	/** What the file showed; {@code brokenAt} is null when it verified. */
	record Result(String status, long from, long through, long events, String lastHash, Long brokenAt, String reason) {

		boolean intact() {
			return this.brokenAt == null;
		}

	}

	/** A digest the auditor holds the file against. */
	record Digest(long position, String hash) {

		static Digest parse(String text) {
			String[] parts = text.split(":", 2);
			if (parts.length != 2 || !parts[1].matches("[0-9a-f]{64}")) {
				throw new IllegalArgumentException("A digest is POSITION:HASH, the hash 64 hex digits: " + text);
			}
			return new Digest(Long.parseLong(parts[0]), parts[1]);
		}

	}

	static Result verify(Path file, Digest independent) throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String first = reader.readLine();
			if (first == null) {
				throw new IllegalArgumentException(file + " is empty");
			}
			JsonNode header = JSON.readTree(first);
			if (!FORMAT.equals(header.path("format").asText())) {
				throw new IllegalArgumentException(
						file + " is not a cadre-ledger history (format " + header.path("format").asText("?") + ")");
			}
			long from = header.path("from").asLong(1);
			JsonNode end = null;
			Digest inFile = header.path("digest").isObject()
					? new Digest(header.path("digest").path("position").asLong(),
							header.path("digest").path("hash").asText())
					: null;
			String running = (from <= 1) ? HashChain.GENESIS : null;
			long through = from - 1;
			long events = 0;
			String hashAtInFile = null;
			String hashAtIndependent = null;
			String line;
			int number = 1;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				JsonNode event = JSON.readTree(line);
				if (event.path("end").asBoolean(false)) {
					end = event;
					continue;
				}
				if (end != null) {
					return broken(from, through, events, running, link(event).position(),
							"line " + number + ": events after the end line");
				}
				ChainLink link = link(event);
				String previous = event.path("previous").asText(null);
				String sealed = event.path("hash").asText(null);
				if (running == null) {
					running = previous;
				}
				if (sealed == null || previous == null) {
					return broken(from, through, events, running, link.position(),
							"line " + number + ": event without its seal");
				}
				if (!previous.equals(running)) {
					return broken(from, through, events, running, link.position(),
							"line " + number + ": does not follow the previous hash");
				}
				String recomputed = HashChain.next(running, link);
				if (!recomputed.equals(sealed)) {
					return broken(from, through, events, running, link.position(),
							"line " + number + ": the event differs from the sealed one");
				}
				running = recomputed;
				through = link.position();
				events++;
				if (inFile != null && inFile.position() == through) {
					hashAtInFile = recomputed;
				}
				if (independent != null && independent.position() == through) {
					hashAtIndependent = recomputed;
				}
			}
			if (end == null) {
				return truncated(from, through, events, running, through + 1,
						"the file was cut: it has no end line after position " + through);
			}
			if (end.path("through").asLong() != through || end.path("events").asLong() != events) {
				return truncated(from, through, events, running, through + 1, "the end line names position "
						+ end.path("through").asLong() + " and " + end.path("events").asLong() + " events");
			}
			for (Digest digest : new Digest[] { inFile, independent }) {
				if (digest == null || digest.position() < from) {
					continue;
				}
				String reached = (digest == inFile) ? hashAtInFile : hashAtIndependent;
				if (reached == null) {
					return truncated(from, through, events, running, through + 1,
							"the digest names position " + digest.position() + " but the history ends at " + through);
				}
				if (!reached.equals(digest.hash())) {
					return broken(from, through, events, running, digest.position(),
							"the history up to " + digest.position() + " differs from the digest");
				}
			}
			return new Result("INTACT", from, through, events, running, null, null);
		}
	}

	private static Result broken(long from, long through, long events, String running, long at, String reason) {
		return new Result("BROKEN", from, through, events, running, at, reason);
	}

	private static Result truncated(long from, long through, long events, String running, long at, String reason) {
		return new Result("TRUNCATED", from, through, events, running, at, reason);
	}

	private static ChainLink link(JsonNode event) {
		return new ChainLink(event.path("position").asLong(), text(event, "eventId"), text(event, "timestamp"),
				text(event, "aggregateType"), text(event, "aggregateId"), event.path("sequence").asLong(),
				text(event, "payloadType"), text(event, "revision"), text(event, "payload"), text(event, "metaData"));
	}

	private static String text(JsonNode event, String field) {
		JsonNode value = event.get(field);
		return (value == null || value.isNull()) ? null : value.asText();
	}

}
