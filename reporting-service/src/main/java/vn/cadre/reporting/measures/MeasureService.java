package vn.cadre.reporting.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import vn.cadre.reporting.briefings.Briefings;
import vn.cadre.reporting.mandates.MandateQueries;
import vn.cadre.reporting.mandates.MandateVersion;
import vn.cadre.reporting.units.LineageView;
import vn.cadre.reporting.units.UnitQueries;
import vn.cadre.reporting.units.UnitView;

/**
 * Resolves a scope to units and computes the measures over them in batches, so a province
 * or the whole country is never loaded at once: every measure but the count of distinct
 * persons adds up across batches, and that one is counted from its evidence.
 */
@Service
public class MeasureService {

	static final int BATCH = 500;

	private final UnitQueries units;

	private final MandateQueries mandates;

	private final Briefings briefings;

	public MeasureService(UnitQueries units, MandateQueries mandates, Briefings briefings) {
		this.units = units;
		this.mandates = mandates;
		this.briefings = briefings;
	}

	public MeasureReport measure(Scope scope, String unitId, String level, Period period, LocalDate on,
			Instant knownAt) {
		Period window = (on != null) ? Period.day(on) : period;
		List<String> unitIds = resolve(scope, unitId, level);
		List<List<Measure>> batches = new ArrayList<>();
		for (int start = 0; start < unitIds.size(); start += BATCH) {
			List<String> batch = unitIds.subList(start, Math.min(unitIds.size(), start + BATCH));
			List<UnitView> batchUnits = this.units.getUnits(batch)
				.stream()
				.filter(unit -> level == null || scope == Scope.UNIT || scope == Scope.LINEAGE
						|| unit.level().equals(level))
				.toList();
			List<MandateVersion> believed = this.mandates.believedAt(batch, knownAt);
			batches.add(MeasureEngine.compute(batchUnits, believed,
					this.briefings.heldBy(batch, window.from(), window.until(), knownAt), window));
		}
		if (batches.isEmpty()) {
			batches.add(MeasureEngine.compute(List.of(), List.of(), List.of(), window));
		}
		return new MeasureReport(scope, unitId, level, period, on, knownAt, unitIds, merge(batches));
	}

	/** The units of a scope; unknown starting units give an empty scope. */
	List<String> resolve(Scope scope, String unitId, String level) {
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

	static List<Measure> merge(List<List<Measure>> batches) {
		if (batches.size() == 1) {
			return batches.get(0);
		}
		List<Measure> merged = new ArrayList<>();
		for (int i = 0; i < batches.get(0).size(); i++) {
			Measure first = batches.get(0).get(i);
			long value = 0;
			Long denominator = (first.denominator() != null) ? 0L : null;
			Map<String, Long> breakdown = new TreeMap<>();
			List<Measure.Evidence> evidence = new ArrayList<>();
			for (List<Measure> batch : batches) {
				Measure part = batch.get(i);
				value += part.value();
				if (denominator != null) {
					denominator += part.denominator();
				}
				part.breakdown().forEach((key, count) -> breakdown.merge(key, count, Long::sum));
				evidence.addAll(part.evidence());
			}
			if (first.id().equals("NON_LOCAL_KEY_POST_HOLDERS")) {
				Map<String, Set<String>> byPost = new TreeMap<>();
				Set<String> persons = new LinkedHashSet<>();
				for (Measure.Evidence row : evidence) {
					byPost.computeIfAbsent(row.postCodes().get(0), post -> new LinkedHashSet<>())
						.addAll(row.personIds());
					persons.addAll(row.personIds());
				}
				value = persons.size();
				breakdown.clear();
				byPost.forEach((post, holders) -> breakdown.put(post, (long) holders.size()));
			}
			merged.add(new Measure(first.id(), first.titleVi(), first.titleEn(), value, denominator,
					new LinkedHashMap<>(breakdown), evidence));
		}
		return merged;
	}

}
