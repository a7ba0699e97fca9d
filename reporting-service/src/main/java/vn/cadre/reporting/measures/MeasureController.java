package vn.cadre.reporting.measures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.reporting.mandates.MandateQueries;
import vn.cadre.reporting.projection.AppliedPositions;
import vn.cadre.reporting.web.PlausibleDate;
import vn.cadre.reporting.web.QueryRefused;

/**
 * Query API of the measures. Every answer takes {@code knownAt} (record time, default
 * now) and either a period (named, or {@code from}/{@code until}) for "at any time in the
 * period" or {@code on} for "on a date"; carries an ETag from the positions the read
 * models have applied; pages its evidence; and comes as CSV too. The question itself is
 * one {@link MeasureQuery}, the same for the three answers. A parameter out of its bounds
 * is refused by Spring MVC's method validation and answered by {@code ParameterProblems}.
 */
@RestController
@RequestMapping("/api")
class MeasureController {

	private final MeasureQuestions questions;

	private final PeriodCatalogue periods;

	private final MandateQueries mandates;

	private final AppliedPositions positions;

	MeasureController(MeasureQuestions questions, PeriodCatalogue periods, MandateQueries mandates,
			AppliedPositions positions) {
		this.questions = questions;
		this.periods = periods;
		this.mandates = mandates;
		this.positions = positions;
	}

	@GetMapping("/periods")
	List<NamedPeriod> periods() {
		return this.periods.all();
	}

	@GetMapping("/measures")
	ResponseEntity<MeasureReport> measures(@Valid MeasureQuery query,
			@RequestParam(required = false) @PlausibleDate Instant knownAt,
			@RequestParam(defaultValue = "0") @Min(0) @Max(Integer.MAX_VALUE - 5000) int evidenceOffset,
			@RequestParam(defaultValue = "200") @Min(0) @Max(5000) int evidenceLimit,
			@RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		// a running period is counted to the day asked, so its figures change at midnight
		// with nothing new applied: the day is part of the tag
		String etag = "W/\"" + this.positions.tag() + "-" + MeasureQuestions.dayOf(knownAt) + "\"";
		if (etag.equals(ifNoneMatch) && knownAt == null) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
		}
		MeasureReport report = this.questions.report(query, MeasureQuestions.dayOf(knownAt), knownAt);
		MeasureReport page = new MeasureReport(report.scope(), report.unitId(), report.level(), report.period(),
				report.on(), report.knownAt(), report.unitIds(),
				report.measures().stream().map(measure -> measure.page(evidenceOffset, evidenceLimit)).toList());
		return ResponseEntity.ok().eTag(etag).body(page);
	}

	/**
	 * The national view: per province that existed in the period, the figures of its
	 * units of the level asked (communes by default), without evidence; the scope and
	 * unit of the question are not used.
	 */
	@GetMapping("/measures/by-province")
	List<MeasureService.ProvinceMeasures> byProvince(@Valid MeasureQuery query,
			@RequestParam(required = false) @PlausibleDate Instant knownAt) {
		return this.questions.byProvince(query, knownAt);
	}

	/**
	 * One table as CSV: {@code table=summary} (every measure and its breakdown) or a
	 * measure's id (its evidence rows).
	 */
	@GetMapping(value = "/measures/csv", produces = "text/csv")
	ResponseEntity<String> csv(@Valid MeasureQuery query,
			@RequestParam(required = false) @PlausibleDate Instant knownAt,
			@RequestParam(defaultValue = "summary") String table) {
		MeasureReport report = this.questions.report(query, MeasureQuestions.dayOf(knownAt), knownAt);
		String body = table.equals("summary") ? Csv.summary(report) : Csv.evidence(measureOf(report, table));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + table + ".csv\"")
			.body(body);
	}

	/**
	 * What a dashboard shows, as a file: the figures (and, in a spreadsheet, their
	 * evidence) as CSV, XLSX or DOCX.
	 */
	@GetMapping("/measures/export")
	ResponseEntity<byte[]> export(@Valid MeasureQuery query,
			@RequestParam(required = false) @PlausibleDate Instant knownAt,
			@RequestParam(defaultValue = "csv") @Pattern(regexp = "csv|xlsx|docx",
					message = "expect.file-format") String format)
			throws IOException {
		MeasureReport report = this.questions.report(query, MeasureQuestions.dayOf(knownAt), knownAt);
		byte[] body = switch (format) {
			case "xlsx" -> MeasureFiles.xlsx(report);
			case "docx" -> MeasureFiles.docx(report);
			default -> Csv.summary(report).getBytes(StandardCharsets.UTF_8);
		};
		String type = switch (format) {
			case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
			case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
			default -> "text/csv;charset=UTF-8";
		};
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"measures." + format + "\"")
			.body(body);
	}

	/**
	 * Which figures changed between two record times, and the recorded changes that
	 * explain them (corrections, rescissions, backdated assignments).
	 */
	@GetMapping("/measures/restatement")
	Restatement restatement(@Valid MeasureQuery query, @RequestParam @PlausibleDate Instant knownFrom,
			@RequestParam(required = false) @PlausibleDate Instant knownTo) {
		Instant to = (knownTo != null) ? knownTo : Instant.now();
		if (!knownFrom.isBefore(to)) {
			throw QueryRefused.badRequest("knownFrom", "measure.record-times-order");
		}
		// one window for both record times, so only recorded changes restate a figure
		LocalDate dayAsked = MeasureQuestions.dayOf(to);
		MeasureReport before = this.questions.report(query, dayAsked, knownFrom);
		MeasureReport after = this.questions.report(query, dayAsked, to);
		List<Restatement.Change> changes = new ArrayList<>();
		for (Measure was : before.measures()) {
			Measure now = after.measure(was.id());
			if (was.value() != now.value() || !Objects.equals(was.breakdown(), now.breakdown())
					|| !Objects.equals(was.denominator(), now.denominator())) {
				changes
					.add(new Restatement.Change(was.id(), was.value(), now.value(), was.breakdown(), now.breakdown()));
			}
		}
		List<Restatement.Explanation> explanations = this.mandates.history(after.unitIds())
			.stream()
			.filter(version -> version.recordedFrom().isAfter(knownFrom) && !version.recordedFrom().isAfter(to))
			.map(version -> new Restatement.Explanation(version.position(), version.recordedFrom(), version.change(),
					version.unitId(), version.mandateId(), version.postCode(), version.personId(), version.reason()))
			.toList();
		return new Restatement(knownFrom, to, changes, explanations);
	}

	private static Measure measureOf(MeasureReport report, String id) {
		return report.measures()
			.stream()
			.filter(measure -> measure.id().equals(id))
			.findFirst()
			.orElseThrow(() -> QueryRefused.badRequest("table", "measure.no-table", id));
	}

	/** A restatement between two record times. */
	record Restatement(Instant knownFrom, Instant knownTo, List<Change> changes, List<Explanation> explanations) {

		record Change(String measure, long before, long after, Map<String, Long> breakdownBefore,
				Map<String, Long> breakdownAfter) {

		}

		/** A recorded change in the scope between the two record times. */
		record Explanation(long position, Instant recordedAt, String change, String unitId, String mandateId,
				String postCode, String personId, String reason) {

		}

	}

}
