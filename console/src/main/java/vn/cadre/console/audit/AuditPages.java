package vn.cadre.console.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cadre.console.api.HistoryCheck;
import vn.cadre.console.api.MandateLine;
import vn.cadre.console.api.PostTitles;
import vn.cadre.console.api.ReadSide;
import vn.cadre.console.api.ServiceRefused;
import vn.cadre.console.api.UnitEntry;

/**
 * The auditor's pages: a unit's timeline through its lineage, a person's mandates, the
 * event log with the hash chain's verification, and what changed between two record
 * times. Asking about an earlier record time ({@code knownAt}) is the services' to allow.
 */
@Controller
class AuditPages {

	private static final List<String> LOG_FILTERS = List.of("unitId", "lineage", "personId", "actor", "type",
			"validFrom", "validTo", "recordedFrom", "recordedTo", "page");

	private final ReadSide readSide;

	private final HistoryCheck history;

	private final PostTitles titles;

	AuditPages(ReadSide readSide, HistoryCheck history, PostTitles titles) {
		this.readSide = readSide;
		this.history = history;
		this.titles = titles;
	}

	@GetMapping("/units/{unitId}/timeline")
	String timeline(@PathVariable String unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String knownAt, Model model, Locale locale) {
		UnitEntry unit = this.readSide.unit(unitId);
		LocalDate day = (asOf != null) ? asOf : (unit.dissolvedOn() != null) ? unit.dissolvedOn() : LocalDate.now();
		List<MandateLine> mandates = this.readSide.mandatesOfUnit(unitId, knownAt);
		Timeline timeline = Timeline.of(mandates, unit.establishedOn(), day, this.titles, locale);
		model.addAttribute("unit", unit);
		model.addAttribute("lineage", this.readSide.lineage(unitId));
		model.addAttribute("timeline", timeline);
		model.addAttribute("asOf", day);
		model.addAttribute("knownAt", knownAt);
		model.addAttribute("holders", mandates.stream().filter((mandate) -> timeline.holds(mandate, day)).toList());
		return "audit-timeline";
	}

	@GetMapping("/people/{personId}")
	String person(@PathVariable String personId, @RequestParam(required = false) String knownAt, Model model) {
		List<MandateLine> mandates = this.readSide.mandatesOfPerson(personId, knownAt);
		Map<String, UnitEntry> units = new LinkedHashMap<>();
		mandates.forEach((mandate) -> units.computeIfAbsent(mandate.unitId(), this.readSide::unit));
		model.addAttribute("personId", personId);
		model.addAttribute("mandates", mandates);
		model.addAttribute("units", units);
		model.addAttribute("knownAt", knownAt);
		model.addAttribute("name", nameOf(personId));
		return "audit-person";
	}

	@GetMapping("/audit")
	String log(@RequestParam Map<String, String> parameters, Model model) {
		Map<String, String> filters = new LinkedHashMap<>();
		LOG_FILTERS.forEach((name) -> filters.put(name, parameters.get(name)));
		model.addAttribute("filters", filters);
		model.addAttribute("events", this.readSide.auditEvents(filters));
		return "audit-log";
	}

	/**
	 * Loaded into the log's page after it shows: re-hashing a long history takes a
	 * moment.
	 */
	@GetMapping("/audit/verification")
	String verification(Model model) {
		model.addAttribute("verification", this.history.verify());
		model.addAttribute("digest", this.readSide.latestDigest());
		return "audit-log :: verification";
	}

	@GetMapping("/audit/restatement")
	String restatement(@RequestParam(defaultValue = "UNIT") String scope, @RequestParam(required = false) String unitId,
			@RequestParam(defaultValue = "two-level-model") String period,
			@RequestParam(required = false) String knownFrom, @RequestParam(required = false) String knownTo,
			Model model) {
		Map<String, String> question = new LinkedHashMap<>();
		question.put("scope", scope);
		question.put("unitId", unitId);
		question.put("period", period);
		question.put("knownFrom", knownFrom);
		question.put("knownTo", knownTo);
		model.addAttribute("question", question);
		model.addAttribute("periods", this.readSide.periods());
		if (knownFrom != null && !knownFrom.isBlank() && (unitId != null && !unitId.isBlank())) {
			model.addAttribute("restatement", this.readSide.restatement(question));
		}
		return "audit-restatement";
	}

	/** A person's name is in the log of their registration, which only auditors read. */
	private String nameOf(String personId) {
		try {
			JsonNode page = this.readSide.auditEvents(Map.of("personId", personId, "type", "PersonRegistered"));
			for (JsonNode entry : page.path("items")) {
				String name = entry.path("payload").path("name").asText(null);
				if (name != null) {
					return name;
				}
			}
			return null;
		}
		catch (ServiceRefused refused) {
			return null;
		}
	}

}
