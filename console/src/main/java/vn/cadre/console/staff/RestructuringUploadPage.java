package vn.cadre.console.staff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.cadre.console.api.CommandSide;
import vn.cadre.console.api.ReadSide;
import vn.cadre.console.api.ServiceRefused;
import vn.cadre.console.api.UnitEntry;
import vn.cadre.scenario.restructuring.RestructuringPlan;
import vn.cadre.scenario.restructuring.RestructuringPlanner;
import vn.cadre.scenario.restructuring.RestructuringTable;

/**
 * Uploading an official restructuring table: the same import as
 * {@code ./cadre import-restructuring}, sent as the signed-in person. The answer is
 * written line by line (JSON lines) while the commands go, so the page shows the progress
 * live and the summary at the end; the whole upload is one request, which keeps the
 * person's token and needs no state kept between requests.
 */
@Controller
class RestructuringUploadPage {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final int REGISTER_PAGE = 500;

	private final CommandSide commands;

	private final ReadSide readSide;

	private final MessageSource messages;

	RestructuringUploadPage(CommandSide commands, ReadSide readSide, MessageSource messages) {
		this.commands = commands;
		this.readSide = readSide;
		this.messages = messages;
	}

	@GetMapping("/staff/restructuring")
	String form() {
		return "staff-restructuring";
	}

	@PostMapping("/staff/restructuring")
	void upload(@RequestParam(required = false) MultipartFile table, @RequestParam(required = false) String effective,
			@RequestParam(required = false) String basis, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String registeredFrom, HttpServletResponse response, Locale locale)
			throws IOException {
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate effectiveOn = date(effective, "effective", true, problems, locale);
		LocalDate registeredOn = date(registeredFrom, "registeredFrom", false, problems, locale);
		if (basis == null || basis.isBlank()) {
			problems.put("basis", text("staff.required", locale));
		}
		RestructuringTable.Parsed parsed = null;
		if (table == null || table.isEmpty()) {
			problems.put("table", text("staff.required", locale));
		}
		else {
			try {
				parsed = RestructuringTable.parse(new String(table.getBytes(), StandardCharsets.UTF_8));
				if (parsed.rows().isEmpty() && parsed.refused().isEmpty()) {
					problems.put("table", text("staff.restructuring.empty", locale));
				}
			}
			catch (IOException ex) {
				problems.put("table", text("staff.restructuring.unreadable", locale, ex.getMessage()));
			}
		}
		if (problems.isEmpty() && !this.commands.isRegistered(basis.strip())) {
			problems.put("basis", text("staff.restructuring.unregistered", locale, basis.strip()));
		}
		response.setContentType("application/x-ndjson");
		response.setCharacterEncoding("UTF-8");
		if (!problems.isEmpty()) {
			// answered as the console's other forms answer a refused form: a page (here a
			// line) that says what to fix, not an error status for the browser to log
			List<Map<String, String>> each = new ArrayList<>();
			problems.forEach((field, message) -> each.add(Map.of("field", field, "message", message)));
			line(response.getOutputStream(), Map.of("problems", each));
			return;
		}
		OutputStream out = response.getOutputStream();
		List<String> rowRefusals = parsed.refused()
			.stream()
			.map((row) -> text("staff.restructuring.line", locale, row.line(), row.reason()))
			.toList();
		RestructuringPlan plan = RestructuringPlanner.plan(
				new RestructuringPlanner.Terms(effectiveOn, basis.strip(),
						(reason == null || reason.isBlank()) ? null : reason.strip(), registeredOn),
				parsed.rows(), parsed.rows().isEmpty() ? List.of() : register());
		TableImport.Summary summary;
		try {
			summary = new TableImport(this.commands).send(plan, (done, total) -> line(out, Map.of("done", done, "total",
					total, "text", text("staff.restructuring.progress", locale, done, total))));
		}
		catch (ServiceRefused refused) {
			line(out, Map.of("failed", text("staff.restructuring.failed", locale, refused.status())));
			return;
		}
		List<String> refusals = new ArrayList<>(rowRefusals);
		refusals.addAll(summary.refusals());
		line(out, Map.of("summary",
				text("staff.restructuring.summary", locale, summary.registered(), summary.resolutions(),
						summary.formed(), summary.merges(), summary.splits(), summary.kept(), summary.renamed(),
						summary.districtsEnded(), summary.newCommands(), summary.alreadyRecorded(), refusals.size()),
				"refusals", refusals));
	}

	/** The units the register holds, read once, page by page. */
	private List<RestructuringPlanner.RegisteredUnit> register() {
		List<RestructuringPlanner.RegisteredUnit> register = new ArrayList<>();
		for (int page = 0;; page++) {
			List<UnitEntry> units = this.readSide.unitsPage(page, REGISTER_PAGE);
			units.forEach((unit) -> register.add(new RestructuringPlanner.RegisteredUnit(unit.unitId(), unit.code(),
					unit.establishedOn(), unit.dissolvedOn())));
			if (units.size() < REGISTER_PAGE) {
				return register;
			}
		}
	}

	private LocalDate date(String text, String field, boolean required, Map<String, String> problems, Locale locale) {
		if (text == null || text.isBlank()) {
			if (required) {
				problems.put(field, text("staff.required", locale));
			}
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.put(field, text("staff.invalid.date", locale));
			return null;
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/** One line of the answer, sent at once so the page can show it. */
	private static void line(OutputStream out, Map<String, ?> line) {
		try {
			out.write(JSON.writeValueAsBytes(line));
			out.write('\n');
			out.flush();
		}
		catch (IOException ex) {
			// the person left the page: the import goes on, and a second upload of the
			// same table stores nothing twice
		}
	}

}
