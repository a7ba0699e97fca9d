package vn.cadre.reporting.measures;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.cadre.reporting.briefings.Briefings.Briefing;
import vn.cadre.reporting.units.UnitOutline;

/**
 * The report's briefing measures: conferences held to study the restructuring's
 * resolutions, by the document studied, and their attendances.
 */
final class BriefingMeasures {

	private BriefingMeasures() {
	}

	/** The conferences held in the window by the units counted, and who attended them. */
	static List<Measure> compute(Map<String, UnitOutline> units, List<Briefing> briefings, Period window) {
		List<Briefing> held = briefings.stream()
			.filter(briefing -> units.containsKey(briefing.unitId()) && !briefing.heldOn().isBefore(window.from())
					&& !briefing.heldOn().isAfter(window.until()))
			.sorted(Comparator.comparing(Briefing::heldOn))
			.toList();
		List<Measure.Evidence> evidence = held.stream()
			.map(briefing -> new Measure.Evidence(briefing.unitId(), units.get(briefing.unitId()).name(), List.of(),
					List.of(), List.of(), List.of(briefing.position()), briefing.documents(),
					briefing.heldOn() + " " + briefing.title() + " (" + briefing.attendances() + ")"))
			.toList();
		Map<String, Long> byDocument = new TreeMap<>();
		held.forEach(briefing -> briefing.documents().forEach(document -> byDocument.merge(document, 1L, Long::sum)));
		Map<String, Long> attendancesByDocument = new TreeMap<>();
		held.forEach(briefing -> briefing.documents()
			.forEach(document -> attendancesByDocument.merge(document, (long) briefing.attendances(), Long::sum)));
		return List.of(
				new Measure("BRIEFINGS", "Hội nghị quán triệt", "Briefing conferences", held.size(), null, byDocument,
						evidence),
				new Measure("BRIEFING_ATTENDANCES", "Lượt người dự hội nghị quán triệt", "Briefing attendances",
						held.stream().mapToLong(Briefing::attendances).sum(), null, attendancesByDocument, evidence));
	}

}
