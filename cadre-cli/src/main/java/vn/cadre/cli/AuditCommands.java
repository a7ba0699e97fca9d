package vn.cadre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cadre verify} and {@code cadre export-history}: the auditor's proof. */
final class AuditCommands {

	/** Exit code of a history that does not verify. */
	static final int TAMPERED = 4;

	private AuditCommands() {
	}

	@Command(name = "verify",
			description = "Verify the hash chain of the event log (assignments-service), held against the last "
					+ "digest the reporting side kept; or, with --file, an exported history offline, without "
					+ "any server. Exit code 4 names a broken history.")
	static final class Verify implements Callable<Integer> {

		@ParentCommand
		Cadre cadre;

		@Option(names = "--file", description = "An exported history (cadre export-history) to verify offline.")
		Path file;

		@Option(names = "--digest", description = "A digest POSITION:HASH obtained elsewhere to hold it against.")
		String digest;

		@Option(names = "--from", defaultValue = "1", description = "First position (default ${DEFAULT-VALUE}).")
		long from;

		@Option(names = "--to", description = "Last position (default: the chain's head).")
		Long to;

		@Override
		public Integer call() throws IOException {
			PrintWriter out = this.cadre.spec.commandLine().getOut();
			HistoryFile.Digest independent = (this.digest != null) ? HistoryFile.Digest.parse(this.digest) : null;
			if (this.file != null) {
				HistoryFile.Result result = HistoryFile.verify(this.file, independent);
				out.println(result.intact() ? "NGUYÊN VẸN / INTACT" : "BỊ THAY ĐỔI / " + result.status());
				out.println("  positions " + result.from() + ".." + result.through() + ", " + result.events()
						+ " events, last hash " + result.lastHash());
				if (!result.intact()) {
					out.println("  first broken position: " + result.brokenAt() + " (" + result.reason() + ")");
				}
				out.flush();
				return result.intact() ? 0 : TAMPERED;
			}
			Api api = this.cadre.api();
			StringBuilder query = new StringBuilder("?from=" + this.from);
			if (this.to != null) {
				query.append("&to=").append(this.to);
			}
			if (independent == null) {
				Optional<JsonNode> kept = api.find(this.cadre.reportingUrl, "/api/audit/digests/latest");
				if (api.failure() != 0) {
					return api.failure();
				}
				if (kept.isPresent()) {
					independent = new HistoryFile.Digest(kept.get().path("position").asLong(),
							kept.get().path("hash").asText());
				}
			}
			if (independent != null) {
				query.append("&digestPosition=")
					.append(independent.position())
					.append("&digestHash=")
					.append(independent.hash());
			}
			Optional<JsonNode> answer = api.exchange(this.cadre.assignmentsUrl, "/api/audit/verify" + query, "GET");
			if (answer.isEmpty()) {
				return (api.failure() != 0) ? api.failure() : Api.REFUSED;
			}
			JsonNode result = answer.get();
			boolean intact = "INTACT".equals(result.path("status").asText());
			out.println(intact ? "NGUYÊN VẸN / INTACT" : "BỊ THAY ĐỔI / " + result.path("status").asText());
			out.println("  positions " + result.path("from").asLong() + ".." + result.path("through").asLong() + ", "
					+ result.path("eventsChecked").asLong() + " events, last hash " + result.path("lastHash").asText());
			out.println(result.path("digest").isObject()
					? "  held against the digest at position " + result.path("digest").path("position").asLong()
					: "  no digest available: a cut tail would go unnoticed");
			if (!intact) {
				out.println("  first broken position: " + result.path("firstBrokenPosition").asLong() + " ("
						+ result.path("reason").asText() + ")");
			}
			if (result.path("unsealedFrom").isNumber()) {
				out.println("  not sealed yet from position " + result.path("unsealedFrom").asLong());
			}
			out.flush();
			return intact ? 0 : TAMPERED;
		}

	}

	@Command(name = "export-history",
			description = "Write the event log with its hash chain to a file (JSON lines), for cadre verify --file.")
	static final class Export implements Callable<Integer> {

		@ParentCommand
		Cadre cadre;

		@Option(names = { "--out", "-o" }, required = true, description = "File to write.")
		Path out;

		@Option(names = "--from", defaultValue = "1", description = "First position (default ${DEFAULT-VALUE}).")
		long from;

		@Option(names = "--to", description = "Last position (default: the chain's head).")
		Long to;

		@Override
		public Integer call() {
			String query = "?from=" + this.from + ((this.to != null) ? "&to=" + this.to : "");
			return this.cadre.api()
				.download(this.cadre.assignmentsUrl, "/api/audit/export" + query, this.out,
						AnswerTypes.of("application/x-ndjson"));
		}

	}

}
