package vn.cadre.reporting.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.cadre.reporting.briefings.Briefings;
import vn.cadre.reporting.mandates.MandateQueries;
import vn.cadre.reporting.mandates.MandateVersion;
import vn.cadre.reporting.units.LineageView;
import vn.cadre.reporting.units.UnitQueries;
import vn.cadre.reporting.units.UnitView;

/**
 * The measures as they were read before {@code mandate_units}: the scope's ids (pages of
 * the register for a level), then per batch of 500 units the units by {@code $in} and
 * every version believed at {@code knownAt} from {@code mandate_versions}. Kept as the
 * reference the new path must equal and as the benchmark's baseline.
 */
final class EveryVersionMeasures {

	private final UnitQueries units;

	private final MandateQueries mandates;

	private final Briefings briefings;

	EveryVersionMeasures(UnitQueries units, MandateQueries mandates, Briefings briefings) {
		this.units = units;
		this.mandates = mandates;
		this.briefings = briefings;
	}

	MeasureReport measure(Scope scope, String unitId, String level, Period period, LocalDate on, Instant knownAt) {
		Period window = (on != null) ? Period.day(on) : period;
		List<String> unitIds = resolve(scope, unitId, level);
		List<List<Measure>> batches = new ArrayList<>();
		for (int start = 0; start < unitIds.size(); start += MeasureService.BATCH) {
			List<String> batch = unitIds.subList(start, Math.min(unitIds.size(), start + MeasureService.BATCH));
			List<UnitView> batchUnits = this.units.getUnits(batch)
				.stream()
				.filter(unit -> level == null || scope == Scope.UNIT || scope == Scope.LINEAGE
						|| unit.level().equals(level))
				.toList();
			Map<String, List<MandateVersion>> believed = this.mandates.believedAt(batch, knownAt)
				.stream()
				.collect(Collectors.groupingBy(MandateVersion::unitId));
			batches.add(MeasureEngine.compute(batchUnits, MeasureBatches.inOrder(batch, believed),
					this.briefings.heldBy(batch, window.from(), window.until(), knownAt), window));
		}
		if (batches.isEmpty()) {
			batches.add(MeasureEngine.compute(List.of(), List.of(), List.of(), window));
		}
		return new MeasureReport(scope, unitId, level, period, on, knownAt, unitIds, MeasureBatches.merge(batches));
	}

	private List<String> resolve(Scope scope, String unitId, String level) {
		switch (scope) {
			case UNIT:
				return this.units.getUnit(unitId).map(unit -> List.of(unit.unitId())).orElse(List.of());
			case LINEAGE:
				return this.units.lineage(unitId, LocalDate.now()).map(lineage -> {
					List<String> ids = new ArrayList<>(List.of(unitId));
					lineage.predecessors().stream().map(LineageView.Link::unitId).forEach(ids::add);
					return ids;
				}).orElse(List.of());
			case PROVINCE:
				return this.units.descendantsOf(unitId);
			default:
				List<String> all = new ArrayList<>();
				for (int page = 0;; page++) {
					List<String> ids = this.units.idsOfLevel(level, page, 5000);
					all.addAll(ids);
					if (ids.size() < 5000) {
						return all;
					}
				}
		}
	}

}
