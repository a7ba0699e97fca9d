package vn.cadre.reporting.report;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import vn.cadre.reporting.web.PlausibleDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.reporting.web.QueryRefused;

/**
 * {@code GET /api/units/{unitId}/report}: section "2. Kết quả" of the source report (with
 * the briefing figures of I.1) for a unit and its predecessors, as known at
 * {@code knownAt}, in Markdown (default), CSV, XLSX or DOCX.
 */
@RestController
@RequestMapping("/api/units/{unitId}/report")
class ReportController {

	private final ReportService reports;

	ReportController(ReportService reports) {
		this.reports = reports;
	}

	@GetMapping
	ResponseEntity<byte[]> report(@PathVariable String unitId,
			@RequestParam(defaultValue = "2017-01-01") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate since,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate until,
			@RequestParam(required = false) @PlausibleDate Instant knownAt,
			@RequestParam(defaultValue = "md") String format) throws IOException {
		LocalDate last = (until != null) ? until : LocalDate.now();
		if (last.isBefore(since)) {
			throw QueryRefused.badRequest("until", "report.until-before-since", last, since);
		}
		ResultsReport report = this.reports.report(unitId, since, last, (knownAt != null) ? knownAt : Instant.now())
			.orElseThrow(() -> QueryRefused.notFound("unit.unknown", unitId));
		List<ReportText.Block> blocks = ReportText.build(report);
		switch (format) {
			case "md":
				return file(ReportWriters.utf8(ReportWriters.markdown(blocks)), "text/markdown;charset=UTF-8", unitId,
						"md");
			case "csv":
				return file(ReportWriters.utf8(ReportWriters.csv(report)), "text/csv;charset=UTF-8", unitId, "csv");
			case "xlsx":
				return file(ReportWriters.xlsx(report),
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", unitId, "xlsx");
			case "docx":
				return file(ReportWriters.docx(blocks),
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document", unitId, "docx");
			default:
				throw QueryRefused.badRequest("format", "report.format");
		}
	}

	private static ResponseEntity<byte[]> file(byte[] body, String type, String unitId, String extension) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"bao-cao-" + unitId + "." + extension + "\"")
			.body(body);
	}

}
