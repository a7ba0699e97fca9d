package vn.cadre.reporting.report;

import java.time.Instant;
import java.util.List;

import vn.cadre.reporting.measures.MeasureReport;
import vn.cadre.reporting.units.UnitView;

/**
 * The figures of the report for one unit: over its predecessors before it was formed
 * ({@code before}, absent for a unit without predecessors) and over the unit itself
 * since.
 */
public record ResultsReport(UnitView unit, List<UnitView> predecessors, MeasureReport before, MeasureReport since,
		Instant knownAt) {

}
