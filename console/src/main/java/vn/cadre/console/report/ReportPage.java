package vn.cadre.console.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.cadre.console.api.ReadSide;

/**
 * The source report's results for a unit and its predecessors, as the read side writes
 * them, shown as a page and downloadable in each of its formats.
 */
@Controller
class ReportPage {

	private static final List<String> FORMATS = List.of("md", "csv", "xlsx", "docx");

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

	private final ReadSide readSide;

	ReportPage(ReadSide readSide) {
		this.readSide = readSide;
	}

	@GetMapping("/units/{unitId}/report")
	String report(@PathVariable String unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			Model model) {
		byte[] markdown = this.readSide.report(unitId, since, until, "md").getBody();
		String text = (markdown != null) ? new String(markdown, StandardCharsets.UTF_8) : "";
		// the read side's text is data: any HTML in it is shown, never run
		HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).extensions(EXTENSIONS).build();
		model.addAttribute("unit", this.readSide.unit(unitId));
		model.addAttribute("html", html.render(Parser.builder().extensions(EXTENSIONS).build().parse(text)));
		model.addAttribute("since", since);
		model.addAttribute("until", until);
		model.addAttribute("formats", FORMATS);
		return "report";
	}

	@GetMapping("/units/{unitId}/report/file")
	ResponseEntity<byte[]> file(@PathVariable String unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam String format) {
		if (!FORMATS.contains(format)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		ResponseEntity<byte[]> file = this.readSide.report(unitId, since, until, format);
		return ResponseEntity.ok()
			.contentType(file.getHeaders().getContentType())
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report-" + unitId + "." + format + "\"")
			.body(file.getBody());
	}

}
