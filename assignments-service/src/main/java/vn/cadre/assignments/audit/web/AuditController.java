package vn.cadre.assignments.audit.web;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.cadre.assignments.InvalidRequest;
import vn.cadre.assignments.eventstore.StoredEvent;
import vn.cadre.assignments.eventstore.StoredEvents;
import vn.cadre.kernel.chain.ChainDigest;
import vn.cadre.kernel.chain.HashChain;
import vn.cadre.assignments.audit.ChainStore;
import vn.cadre.assignments.audit.ChainVerification;
import vn.cadre.assignments.audit.ChainVerifier;
import vn.cadre.assignments.audit.DigestSource;

/**
 * The auditor's view of the command side: {@code GET /api/audit/verify} recomputes the
 * chain and names the first position that does not verify; {@code GET /api/audit/export}
 * writes the history with its chain as JSON lines, for {@code cadre verify --file}.
 */
@RestController
@RequestMapping("/api/audit")
@Validated
class AuditController {

	static final String EXPORT_FORMAT = "cadre-ledger-history/1";

	private static final Logger log = LoggerFactory.getLogger(AuditController.class);

	private static final int EXPORT_BATCH = 500;

	private final ChainVerifier verifier;

	private final ChainStore chain;

	private final StoredEvents stored;

	private final DigestSource digests;

	private final ObjectMapper json;

	AuditController(ChainVerifier verifier, ChainStore chain, StoredEvents stored, DigestSource digests,
			ObjectMapper json) {
		this.verifier = verifier;
		this.chain = chain;
		this.stored = stored;
		this.digests = digests;
		this.json = json;
	}

	/**
	 * Verifies positions {@code from} to {@code to}, against every digest on the digest
	 * topic and the one given (such as the latest the reporting side kept).
	 */
	@GetMapping("/verify")
	ChainVerification verify(@RequestParam(defaultValue = "1") @Min(1) long from,
			@RequestParam(required = false) @Min(1) Long to,
			@RequestParam(required = false) @Min(1) Long digestPosition,
			@RequestParam(required = false) @Pattern(regexp = "[0-9a-f]{64}") String digestHash) {
		if (to != null && to < from) {
			throw InvalidRequest.at("to", "request.to-before-from");
		}
		if ((digestPosition == null) != (digestHash == null)) {
			throw InvalidRequest.at((digestPosition == null) ? "digestPosition" : "digestHash", "request.digest-pair");
		}
		List<ChainDigest> digests = new ArrayList<>(allDigests());
		if (digestPosition != null) {
			digests.add(new ChainDigest(digestPosition, digestHash, Instant.now()));
		}
		return this.verifier.verify(from, to, digests);
	}

	@GetMapping("/chain/head")
	ChainStore.Head head() {
		return this.chain.head();
	}

	/**
	 * The stored history from {@code from} to {@code to} (or the head), one JSON object
	 * per line: first a header with the format, the head and the latest digest, then
	 * every event exactly as stored with its seal.
	 */
	@GetMapping(value = "/export", produces = "application/x-ndjson")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "1") @Min(1) long from,
			@RequestParam(required = false) @Min(1) Long to) {
		ChainStore.Head head = this.chain.head();
		long upper = (to == null) ? head.position() : Math.min(to, head.position());
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("format", EXPORT_FORMAT);
		header.put("exportedAt", Instant.now().toString());
		header.put("from", from);
		header.put("through", upper);
		header.put("head", head);
		header.put("digest", latestDigest().orElse(null));
		header.put("genesis", HashChain.GENESIS);
		StreamingResponseBody body = (output) -> {
			BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
			writer.write(this.json.writeValueAsString(header));
			writer.newLine();
			long position = from;
			long written = 0;
			long last = from - 1;
			while (position <= upper) {
				List<StoredEvent> links = this.stored.read(position, EXPORT_BATCH);
				if (links.isEmpty()) {
					break;
				}
				long end = links.get(links.size() - 1).position() + 1;
				Map<Long, ChainStore.Seal> seals = this.chain.window(position, end);
				for (StoredEvent link : links) {
					if (link.position() > upper) {
						break;
					}
					ChainStore.Seal seal = seals.get(link.position());
					Map<String, Object> line = this.json.convertValue(link, Map.class);
					line.put("hash", (seal != null) ? seal.hash() : null);
					line.put("previous", (seal != null) ? seal.previous() : null);
					writer.write(this.json.writeValueAsString(line));
					writer.newLine();
					written++;
					last = link.position();
				}
				position = end;
			}
			// The end line lets an offline verifier tell a complete file from a cut one.
			writer.write(this.json.writeValueAsString(Map.of("end", true, "through", last, "events", written)));
			writer.newLine();
			writer.flush();
		};
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cadre-history.ndjson\"")
			.contentType(MediaType.parseMediaType("application/x-ndjson"))
			.body(body);
	}

	private List<ChainDigest> allDigests() {
		try {
			return this.digests.all();
		}
		catch (RuntimeException ex) {
			// Verification still recomputes the chain; only a cut tail would go
			// unnoticed.
			log.warn("No digest could be read from the digest topic: {}", ex.getMessage());
			return List.of();
		}
	}

	private Optional<ChainDigest> latestDigest() {
		return allDigests().stream().max(Comparator.comparingLong(ChainDigest::position));
	}

}
