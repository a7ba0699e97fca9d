package vn.cadre.console.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

	private static UriBuilder with(UriBuilder uri, Map<String, String> question) {
		question.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				uri.queryParam(name, value);
			}
		});
		return uri;
	}

}
