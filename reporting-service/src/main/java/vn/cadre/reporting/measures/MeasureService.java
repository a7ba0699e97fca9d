package vn.cadre.reporting.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import vn.cadre.reporting.briefings.Briefings;
import vn.cadre.reporting.briefings.Briefings.Briefing;
import vn.cadre.reporting.mandates.MandateQueries;
import vn.cadre.reporting.mandates.MandateVersion;
import vn.cadre.reporting.units.LineageView;
import vn.cadre.reporting.units.UnitOutline;
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

	/**
	 * Reads that run beside the request's own: a wide scope's countable versions while
	 * its register is read, and the briefings while the versions are. Daemon threads,
	 * created as requests need them and dropped when idle.
	 */
	private static final ExecutorService READS = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "measure-reads");
		thread.setDaemon(true);
		return thread;
	});

	private final UnitQueries units;

	private final MandateQueries mandates;

	private final Briefings briefings;

	private final WideQuestions wideQuestions;

	public MeasureService(UnitQueries units, MandateQueries mandates, Briefings briefings,
			WideQuestions wideQuestions) {
		this.units = units;
		this.mandates = mandates;
		this.briefings = briefings;
		this.wideQuestions = wideQuestions;
	}

	public MeasureReport measure(Scope scope, String unitId, String level, Period period, LocalDate on,
			Instant knownAt) {
		boolean wide = scope == Scope.COUNTRY || scope == Scope.LEVEL;
		if (wide) {
			return this.wideQuestions.answer(() -> measure(scope, unitId, level, period, on, knownAt, true));
		}
		return measure(scope, unitId, level, period, on, knownAt, false);
	}

	private MeasureReport measure(Scope scope, String unitId, String level, Period period, LocalDate on,
			Instant knownAt, boolean wide) {
		Period window = (on != null) ? Period.day(on) : period;
		CompletableFuture<Map<String, List<MandateVersion>>> everywhere = wide ? CompletableFuture
			.supplyAsync(() -> this.mandates.countableEverywhere(knownAt, window.from(), window.until()), READS) : null;
		CompletableFuture<List<Briefing>> anywhere = wide ? briefingsAnywhere(window, knownAt) : null;
		Map<String, UnitOutline> inScope = resolve(scope, unitId, level);
		List<String> unitIds = List.copyOf(inScope.keySet());
		Set<String> counted = counted(
				inScope.values().stream().filter(Objects::nonNull).filter(unit -> counts(scope, level, unit)), window);
		CompletableFuture<Map<String, List<Briefing>>> briefings = wide
				? anywhere.thenApply(all -> byUnit(all, counted))
				: CompletableFuture.supplyAsync(() -> briefings(counted, window, knownAt), READS);
		Map<String, List<MandateVersion>> countable = wide ? joined(everywhere)
				: this.mandates.countableAt(unitIds, knownAt);
		return new MeasureReport(scope, unitId, level, period, on, knownAt, unitIds,
				compute(scope, level, unitIds, inScope, countable, joined(briefings), window));
	}

	/**
	 * For each province that existed in the window, the figures of its units of
	 * {@code level}, as {@link #measure} answers for scope PROVINCE, without evidence:
	 * the register, the countable versions and the briefings are read once for all of
	 * them, so the national view is one question, not one per province.
	 */
	public List<ProvinceMeasures> byProvince(String level, Period period, LocalDate on, Instant knownAt) {
		return this.wideQuestions.answer(() -> provinces(level, period, on, knownAt));
	}

	private List<ProvinceMeasures> provinces(String level, Period period, LocalDate on, Instant knownAt) {
		Period window = (on != null) ? Period.day(on) : period;
		CompletableFuture<Map<String, List<MandateVersion>>> everywhere = CompletableFuture
			.supplyAsync(() -> this.mandates.countableEverywhere(knownAt, window.from(), window.until()), READS);
		CompletableFuture<List<Briefing>> anywhere = briefingsAnywhere(window, knownAt);
		List<UnitView> provinces = this.units.unitsOfLevel("PROVINCE")
			.stream()
			.filter(province -> MeasureEngine.activeIn(province, window))
			.toList();
		Map<String, List<String>> descendants = this.units
			.descendantsOfEach(provinces.stream().map(UnitView::unitId).toList());
		Map<String, UnitOutline> ofLevel = new HashMap<>();
		this.units.outlinesOfLevel(level).forEach(unit -> ofLevel.put(unit.unitId(), unit));
		Map<String, List<Briefing>> briefings = byUnit(joined(anywhere), counted(ofLevel.values().stream(), window));
		Map<String, List<MandateVersion>> countable = joined(everywhere);
		List<ProvinceMeasures> rows = new ArrayList<>();
		for (UnitView province : provinces) {
			List<String> unitIds = descendants.get(province.unitId());
			Map<String, UnitOutline> inScope = new LinkedHashMap<>();
			unitIds.forEach(id -> inScope.put(id, ofLevel.get(id)));
			List<Measure> figures = compute(Scope.PROVINCE, level, unitIds, inScope, countable, briefings, window)
				.stream()
				.map(measure -> measure.page(0, 0))
				.toList();
			rows.add(new ProvinceMeasures(province.unitId(), province.code(), province.name(), figures));
		}
		return rows;
	}

	/** One province's figures in the national view. */
	public record ProvinceMeasures(String unitId, String code, String name, List<Measure> measures) {

	}

	static List<Measure> compute(Scope scope, String level, List<String> unitIds, Map<String, UnitOutline> inScope,
			Map<String, List<MandateVersion>> countable, Map<String, List<Briefing>> briefings, Period window) {
		List<List<Measure>> batches = new ArrayList<>();
		for (int start = 0; start < unitIds.size(); start += BATCH) {
			List<String> batch = unitIds.subList(start, Math.min(unitIds.size(), start + BATCH));
			List<UnitOutline> batchUnits = batch.stream()
				.map(inScope::get)
				.filter(Objects::nonNull)
				.filter(unit -> counts(scope, level, unit))
				.toList();
			batches.add(MeasureEngine.compute(batchUnits, MeasureBatches.inOrder(batch, countable),
					ofUnits(batchUnits, briefings), window));
		}
		if (batches.isEmpty()) {
			batches.add(MeasureEngine.compute(List.of(), List.of(), List.of(), window));
		}
		return MeasureBatches.merge(batches);
	}

	/**
	 * Whether a unit of the scope is one the measures count (a level narrows wide
	 * scopes).
	 */
	private static boolean counts(Scope scope, String level, UnitOutline unit) {
		return level == null || scope == Scope.UNIT || scope == Scope.LINEAGE || unit.level().equals(level);
	}

	/**
	 * The units the engine counts briefings for: those that exist in the window.
	 */
	private static Set<String> counted(Stream<UnitOutline> units, Period window) {
		return units.filter(unit -> MeasureEngine.activeIn(unit, window))
			.map(UnitOutline::unitId)
			.collect(Collectors.toSet());
	}

	/**
	 * The briefings of these units, by unit: on mongo-java-server the query's cost grows
	 * with the number of units it names, and a scope with none asks nothing.
	 */
	private Map<String, List<Briefing>> briefings(Set<String> ids, Period window, Instant knownAt) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return byUnit(this.briefings.heldBy(ids, window.from(), window.until(), knownAt), ids);
	}

	/**
	 * A wide scope's briefings, read while its units are: every unit's, kept for those
	 * counted once they are known.
	 */
	private CompletableFuture<List<Briefing>> briefingsAnywhere(Period window, Instant knownAt) {
		return CompletableFuture.supplyAsync(() -> this.briefings.heldAnywhere(window.from(), window.until(), knownAt),
				READS);
	}

	private static Map<String, List<Briefing>> byUnit(List<Briefing> briefings, Set<String> ids) {
		return briefings.stream()
			.filter(briefing -> ids.contains(briefing.unitId()))
			.collect(Collectors.groupingBy(Briefing::unitId));
	}

	/** A batch's briefings in the order {@link Briefings#heldBy} gives them. */
	private static List<Briefing> ofUnits(List<UnitOutline> units, Map<String, List<Briefing>> briefings) {
		return units.stream()
			.flatMap(unit -> briefings.getOrDefault(unit.unitId(), List.of()).stream())
			.sorted(Comparator.comparing(Briefing::heldOn).thenComparing(Briefing::briefingId))
			.toList();
	}

	/** What a read run beside the request gave, or the exception it threw. */
	private static <T> T joined(CompletableFuture<T> read) {
		try {
			return read.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/**
	 * The units of a scope by id, in the order of the report's unit ids; a unit the
	 * register lacks is absent. Unknown starting units give an empty scope.
	 */
	Map<String, UnitOutline> resolve(Scope scope, String unitId, String level) {
		Map<String, UnitOutline> units = new LinkedHashMap<>();
		if (scope == Scope.COUNTRY || scope == Scope.LEVEL) {
			this.units.outlinesOfLevel(level).forEach(unit -> units.put(unit.unitId(), unit));
			return units;
		}
		List<String> ids = ids(scope, unitId);
		Map<String, UnitView> loaded = new HashMap<>();
		this.units.getUnits(ids).forEach(unit -> loaded.put(unit.unitId(), unit));
		ids.forEach(id -> units.put(id, loaded.get(id)));
		return units;
	}

	private List<String> ids(Scope scope, String unitId) {
		switch (scope) {
			case UNIT:
				return this.units.getUnit(unitId).map(unit -> List.of(unit.unitId())).orElse(List.of());
			case LINEAGE:
				return this.units.lineage(unitId, LocalDate.now()).map(lineage -> {
					List<String> ids = new ArrayList<>(List.of(unitId));
					lineage.predecessors().stream().map(LineageView.Link::unitId).forEach(ids::add);
					return ids;
				}).orElse(List.of());
			default:
				return this.units.descendantsOf(unitId);
		}
	}

}
