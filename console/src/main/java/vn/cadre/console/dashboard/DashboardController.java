package vn.cadre.console.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.cadre.console.api.MeasureAnswer;
import vn.cadre.console.api.ReadSide;
import vn.cadre.console.api.UnitEntry;

/**
 * The report's figures for a scope and a period, as a table and a chart; every figure
 * opens its evidence, and what is on screen downloads as CSV, XLSX or DOCX.
 */
@Controller
class DashboardController {

	private static final int EVIDENCE_PAGE = 50;

	private static final List<String> FORMATS = List.of("csv", "xlsx", "docx");

	private final ReadSide readSide;

	private final ObjectMapper json;

	DashboardController(ReadSide readSide, ObjectMapper json) {
		this.readSide = readSide;
		this.json = json;
	}

	@GetMapping("/dashboard")
	String dashboard(Question question, Model model, Locale locale) throws JsonProcessingException {
		model.addAttribute("question", question);
		model.addAttribute("periods", this.readSide.periods());
		if (question.unitId() != null && !question.unitId().isBlank()) {
			model.addAttribute("unit", this.readSide.unit(question.unitId()));
		}
		if (question.answerable()) {
			MeasureAnswer answer = this.readSide.measures(question.parameters(), 0, 0);
			model.addAttribute("answer", answer);
			model.addAttribute("chart", this.json.writeValueAsString(chart(answer, locale)));
		}
		return "dashboard";
	}

	@GetMapping("/dashboard/evidence")
	String evidence(Question question, @RequestParam String measure, @RequestParam(defaultValue = "0") int offset,
			Model model) {
		if (!question.answerable()) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST);
		}
		int from = Math.max(0, offset);
		MeasureAnswer answer = this.readSide.measures(question.parameters(), from, EVIDENCE_PAGE);
		MeasureAnswer.Figure figure = answer.figure(measure);
		if (figure == null) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
		}
		model.addAttribute("question", question);
		model.addAttribute("answer", answer);
		model.addAttribute("figure", figure);
		model.addAttribute("offset", from);
		model.addAttribute("pageSize", EVIDENCE_PAGE);
		return "evidence";
	}

	@GetMapping("/dashboard/export")
	ResponseEntity<byte[]> export(Question question, @RequestParam String format) {
		if (!question.answerable() || !FORMATS.contains(format)) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST);
		}
		ResponseEntity<byte[]> file = this.readSide.measuresFile(question.parameters(), format);
		return ResponseEntity.ok()
			.contentType(file.getHeaders().getContentType())
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"measures." + format + "\"")
			.body(file.getBody());
	}

	/** Units for the picker, searched as the person types. */
	@GetMapping("/units/search")
	String searchUnits(@RequestParam Map<String, String> params, @RequestParam(required = false) String level,
			Model model) {
		// a form with several pickers names each search box after its field
		String q = params.entrySet()
			.stream()
			.filter((param) -> param.getKey().equals("q") || param.getKey().endsWith("Search"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse("");
		List<UnitEntry> units = (q.strip().length() < 2) ? List.of() : this.readSide.searchUnits(q, level, null, 20);
		model.addAttribute("units", units);
		return "fragments :: unit-options";
	}

	private static List<Map<String, Object>> chart(MeasureAnswer answer, Locale locale) {
		return answer.measures()
			.stream()
			.map((figure) -> Map.<String, Object>of("name", figure.title(locale), "value", figure.value()))
			.toList();
	}

}
