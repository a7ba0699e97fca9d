package vn.cadre.console.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/** The reporting service's API, as the console uses it. */
public class ReadSide {

	private static final ParameterizedTypeReference<List<Period>> PERIODS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<UnitEntry>> UNITS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<MandateLine>> MANDATES = new ParameterizedTypeReference<>() {
	};

	private final RestClient client;

	ReadSide(RestClient client) {
		this.client = client;
	}

	public List<Period> periods() {
		return this.client.get().uri("/api/periods").retrieve().body(PERIODS);
	}

	/**
	 * The figures for a question given as the read side's own query parameters (scope,
	 * unitId, level, period or from/until, knownAt), with a page of evidence.
	 */
	public MeasureAnswer measures(Map<String, String> question, int evidenceOffset, int evidenceLimit) {
		return this.client.get()
			.uri((uri) -> with(uri.path("/api/measures"), question).queryParam("evidenceOffset", evidenceOffset)
				.queryParam("evidenceLimit", evidenceLimit)
				.build())
			.retrieve()
			.body(MeasureAnswer.class);
	}

	/**
	 * Per province that existed in the period, the figures of its communes: the whole
	 * national view in one question.
	 */
	public List<ProvinceFigures> measuresByProvince(String periodId) {
		return this.client.get()
			.uri((uri) -> uri.path("/api/measures/by-province")
				.queryParam("level", "COMMUNE")
				.queryParam("period", periodId)
				.build())
			.retrieve()
			.body(new ParameterizedTypeReference<List<ProvinceFigures>>() {
			});
	}

	/** The same question as a file: the summary as CSV, XLSX or DOCX. */
	public ResponseEntity<byte[]> measuresFile(Map<String, String> question, String format) {
		return this.client.get()
			.uri((uri) -> with(uri.path("/api/measures/export"), question).queryParam("format", format).build())
			.retrieve()
			.toEntity(byte[].class);
	}

	/** Units whose name or code matches, optionally of one level and under one parent. */
	public List<UnitEntry> searchUnits(String text, String level, String parentId, int size) {
		return this.client.get().uri((uri) -> {
			uri.path("/api/units").queryParam("size", size);
			if (text != null && !text.isBlank()) {
				uri.queryParam("q", text.strip());
			}
			if (level != null) {
				uri.queryParam("level", level);
			}
			if (parentId != null) {
				uri.queryParam("parentId", parentId);
			}
			return uri.build();
		}).retrieve().body(UNITS);
	}

	/** One page of the whole register, in the register's order. */
	public List<UnitEntry> unitsPage(int page, int size) {
		return this.client.get()
			.uri((uri) -> uri.path("/api/units").queryParam("page", page).queryParam("size", size).build())
			.retrieve()
			.body(UNITS);
	}

	public UnitEntry unit(String unitId) {
		return this.client.get().uri("/api/units/{unitId}", unitId).retrieve().body(UnitEntry.class);
	}

	/**
	 * The source report's results for a unit and its predecessors, in a format of the
	 * read side's.
	 */
	public ResponseEntity<byte[]> report(String unitId, LocalDate since, LocalDate until, String format) {
		return this.client.get().uri((uri) -> {
			uri.path("/api/units/{unitId}/report").queryParam("format", format);
			if (since != null) {
				uri.queryParam("since", since);
			}
			if (until != null) {
				uri.queryParam("until", until);
			}
			return uri.build(unitId);
		}).retrieve().toEntity(byte[].class);
	}

	/** A unit's mandates as believed at {@code knownAt} (now when null). */
	public List<MandateLine> mandatesOfUnit(String unitId, String knownAt) {
		return this.client.get()
			.uri((uri) -> optional(uri.path("/api/units/{unitId}/mandates"), "knownAt", knownAt).build(unitId))
			.retrieve()
			.body(MANDATES);
	}

	/** One person's mandates in every unit, as believed at {@code knownAt}. */
	public List<MandateLine> mandatesOfPerson(String personId, String knownAt) {
		return this.client.get()
			.uri((uri) -> optional(uri.path("/api/people/{personId}/mandates"), "knownAt", knownAt).build(personId))
			.retrieve()
			.body(MANDATES);
	}

	/** The units a unit came from and went into. */
	public Lineage lineage(String unitId) {
		return this.client.get().uri("/api/units/{unitId}/lineage", unitId).retrieve().body(Lineage.class);
	}

	/** A page of the event log, filtered by the audit API's own parameters. */
	public JsonNode auditEvents(Map<String, String> filters) {
		return this.client.get()
			.uri((uri) -> with(uri.path("/api/audit/events"), filters).build())
			.retrieve()
			.body(JsonNode.class);
	}

	/** The latest digest of the hash chain the read side kept, if any. */
	public JsonNode latestDigest() {
		return this.client.get().uri("/api/audit/digests/latest").retrieve().body(JsonNode.class);
	}

	/**
	 * Which figures changed between two record times, and the recorded changes behind
	 * them.
	 */
	public JsonNode restatement(Map<String, String> question) {
		return this.client.get()
			.uri((uri) -> with(uri.path("/api/measures/restatement"), question).build())
			.retrieve()
			.body(JsonNode.class);
	}

	private static UriBuilder optional(UriBuilder uri, String name, String value) {
		return (value != null && !value.isBlank()) ? uri.queryParam(name, value) : uri;
	}

	private static UriBuilder with(UriBuilder uri, Map<String, String> question) {
		question.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				uri.queryParam(name, value);
			}
		});
		return uri;
	}

}
