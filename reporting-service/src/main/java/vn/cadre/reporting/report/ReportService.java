package vn.cadre.reporting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import vn.cadre.reporting.measures.MeasureService;
import vn.cadre.reporting.measures.Period;
import vn.cadre.reporting.measures.Scope;
import vn.cadre.reporting.units.LineageView;
import vn.cadre.reporting.units.UnitQueries;
import vn.cadre.reporting.units.UnitView;
import org.springframework.http.HttpStatus;
import vn.cadre.reporting.web.QueryRefused;

/** Gathers the figures of the report for a unit and its lineage. */
@Service
public class ReportService {

	private final UnitQueries units;

	private final MeasureService measures;

	ReportService(UnitQueries units, MeasureService measures) {
		this.units = units;
		this.measures = measures;
	}

	/**
	 * @param since first day counted before the unit was formed (the report counts from
	 * 2017)
	 * @param until last day counted (the report's date)
	 */
	public Optional<ResultsReport> report(String unitId, LocalDate since, LocalDate until, Instant knownAt) {
		return this.units.lineage(unitId, until).map(lineage -> {
			UnitView unit = lineage.unit();
			List<String> predecessorIds = lineage.predecessors().stream().map(LineageView.Link::unitId).toList();
			List<UnitView> predecessors = this.units.getUnits(predecessorIds);
			LocalDate formed = unit.establishedOn();
			var before = (predecessors.isEmpty() || !since.isBefore(formed)) ? null : this.measures.measure(
					Scope.LINEAGE, unitId, null,
					new Period("before", "Trước khi sắp xếp", "Before the restructuring", since, formed.minusDays(1)),
					null, knownAt);
			LocalDate start = since.isAfter(formed) ? since : formed;
			if (until.isBefore(start)) {
				throw new EndsBeforeUnit(unit.unitId(), start, until);
			}
			var after = this.measures.measure(Scope.UNIT, unitId, null,
					new Period("since", "Từ khi thành lập", "Since the unit was formed", start, until), null, knownAt);
			return new ResultsReport(unit, predecessors, before, after, knownAt);
		});
	}

	/** A report asked to end before its unit existed (or before {@code since}). */
	public static final class EndsBeforeUnit extends QueryRefused {

		EndsBeforeUnit(String unitId, LocalDate start, LocalDate until) {
			super(HttpStatus.BAD_REQUEST, "until", "report.ends-before-unit", until, unitId, start);
		}

	}

}
