package vn.cadre.reporting.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Set;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.ReadModels;
import org.springframework.stereotype.Component;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/** Reads the unit register. */
@Component
public class UnitQueries {

	private final Generations generations;

	public UnitQueries(Generations generations) {
		this.generations = generations;
	}

	/** The served generation's register. */
	private MongoCollection<Document> units() {
		return UnitCollections.units(this.generations.serving());
	}

	public Optional<UnitView> getUnit(String unitId) {
		return Optional.ofNullable(units().find(eq("_id", unitId)).first()).map(UnitQueries::view);
	}

	List<UnitView> findUnits(Filter filter, int page, int size) {
		List<UnitView> result = new ArrayList<>();
		units().find(filter.toQuery())
			.sort(Sorts.ascending(UnitDocuments.CODE, "_id"))
			.skip(page * size)
			.limit(size)
			.forEach(document -> result.add(view(document)));
		return result;
	}

	/**
	 * What narrows the register's pages; each part given must hold. The text matches part
	 * of the current name in any case, or the start of the code.
	 */
	record Filter(String text, String level, String parentId) {

		static final Filter NONE = new Filter(null, null, null);

		Bson toQuery() {
			List<Bson> parts = new ArrayList<>();
			if (this.text != null && !this.text.isBlank()) {
				String quoted = java.util.regex.Pattern.quote(this.text.strip());
				parts.add(Filters.or(Filters.regex(UnitDocuments.NAME, quoted, "i"),
						Filters.regex(UnitDocuments.CODE, "^" + quoted)));
			}
			if (this.level != null) {
				parts.add(eq(UnitDocuments.LEVEL, this.level));
			}
			if (this.parentId != null) {
				parts.add(eq(UnitDocuments.PARENT_ID, this.parentId));
			}
			return parts.isEmpty() ? Filters.empty() : Filters.and(parts);
		}

	}

	public List<UnitView> getUnits(Collection<String> unitIds) {
		List<UnitView> result = new ArrayList<>();
		List<String> ids = List.copyOf(unitIds);
		for (int from = 0; from < ids.size(); from += 1000) {
			units().find(in("_id", ids.subList(from, Math.min(ids.size(), from + 1000))))
				.forEach(document -> result.add(view(document)));
		}
		return result;
	}

	/**
	 * Every unit ever under {@code unitId}, through any number of levels, as their
	 * parents' histories say, nearest level first: one pass over the register's parents,
	 * walked here (a query per level would scan the register each time, and match each
	 * unit against the whole level before it).
	 */
	public List<String> descendantsOf(String unitId) {
		return descendantsOfEach(List.of(unitId)).get(unitId);
	}

	/**
	 * The units below each of {@code unitIds} at any time, from one read of the
	 * register's parent links (a unit moved between parents is below both).
	 */
	public Map<String, List<String>> descendantsOfEach(Collection<String> unitIds) {
		Map<String, List<String>> childrenOf = new HashMap<>();
		Map<String, Integer> registerOrder = new HashMap<>();
		units().find()
			.batchSize(ReadModels.WIDE_READ_BATCH)
			.projection(Projections.include(UnitDocuments.PARENTS_PARENT_ID))
			.forEach(document -> {
				String child = document.getString("_id");
				registerOrder.put(child, registerOrder.size());
				UnitDocuments.parentIds(document)
					.stream()
					.filter(Objects::nonNull)
					.distinct()
					.forEach(parent -> childrenOf.computeIfAbsent(parent, key -> new ArrayList<>()).add(child));
			});
		Map<String, List<String>> descendants = new LinkedHashMap<>();
		for (String root : unitIds) {
			List<String> found = new ArrayList<>();
			Set<String> seen = new HashSet<>(Set.of(root));
			List<String> frontier = List.of(root);
			while (!frontier.isEmpty()) {
				List<String> next = new ArrayList<>();
				frontier.forEach(
						unit -> childrenOf.getOrDefault(unit, List.of()).stream().filter(seen::add).forEach(next::add));
				// level by level, each in the register's order, as answers have always
				// listed
				next.sort(Comparator.comparing(registerOrder::get));
				found.addAll(next);
				frontier = next;
			}
			descendants.put(root, found);
		}
		return descendants;
	}

	/**
	 * Every unit of a level (all levels when null), ordered by id, in one pass over the
	 * register.
	 */
	public List<UnitView> unitsOfLevel(String level) {
		List<UnitView> result = new ArrayList<>();
		units().find(ofLevel(level))
			.batchSize(ReadModels.WIDE_READ_BATCH)
			.forEach(document -> result.add(view(document)));
		result.sort(Comparator.comparing(UnitView::unitId));
		return result;
	}

	/**
	 * Every unit of a level (all levels when null) by id, with only the fields the
	 * measures read: the server sends five fields of each unit instead of its whole
	 * history.
	 */
	public List<UnitOutline> outlinesOfLevel(String level) {
		List<UnitOutline> result = new ArrayList<>();
		units().find(ofLevel(level))
			.batchSize(ReadModels.WIDE_READ_BATCH)
			.projection(Projections.include(UnitDocuments.OUTLINE_FIELDS))
			.forEach(document -> result.add(UnitDocuments.outline(document)));
		result.sort(Comparator.comparing(UnitOutline::unitId));
		return result;
	}

	/** Ids of every unit of a level (all levels when null), in pages of {@code size}. */
	public List<String> idsOfLevel(String level, int page, int size) {
		List<String> ids = new ArrayList<>();
		units().find(ofLevel(level))
			.sort(Sorts.ascending("_id"))
			.skip(page * size)
			.limit(size)
			.projection(Projections.include("_id"))
			.forEach(document -> ids.add(document.getString("_id")));
		return ids;
	}

	private static Bson ofLevel(String level) {
		return (level != null) ? eq(UnitDocuments.LEVEL, level) : Filters.empty();
	}

	/** The units that carried {@code code} on {@code day}: one, or none. */
	List<UnitView> withCodeOn(String code, LocalDate day) {
		List<UnitView> result = new ArrayList<>();
		units().find(eq(UnitDocuments.CODE, code)).forEach(document -> {
			UnitView unit = view(document);
			if (unit.activeOn(day)) {
				result.add(unit);
			}
		});
		return result;
	}

	/**
	 * Walks the lineage both ways, one query per generation of units, so the cost follows
	 * the size of the lineage, never of the register.
	 */
	public Optional<LineageView> lineage(String unitId, LocalDate asOf) {
		return getUnit(unitId).map(unit -> {
			List<LineageView.Link> predecessors = walk(unit, UnitView::predecessors);
			List<LineageView.Link> successors = walk(unit, UnitView::successors);
			List<LineageView.Link> containedOn = new ArrayList<>();
			if (unit.activeOn(asOf)) {
				containedOn.add(new LineageView.Link(unit.unitId(), unit.code(), unit.name(), unit.establishedOn(),
						unit.dissolvedOn(), null, null));
			}
			successors.stream()
				.filter(link -> !asOf.isBefore(link.establishedOn())
						&& (link.dissolvedOn() == null || !asOf.isAfter(link.dissolvedOn())))
				.filter(link -> containedOn.stream().noneMatch(known -> known.unitId().equals(link.unitId())))
				.forEach(containedOn::add);
			return new LineageView(unit, asOf, predecessors, successors, containedOn);
		});
	}

	private List<LineageView.Link> walk(UnitView start, Function<UnitView, List<UnitView.EdgeView>> edges) {
		List<LineageView.Link> found = new ArrayList<>();
		Set<String> seen = new HashSet<>(Set.of(start.unitId()));
		List<UnitView> generation = List.of(start);
		while (!generation.isEmpty()) {
			Map<String, LineageView.Link> next = new LinkedHashMap<>();
			for (UnitView unit : generation) {
				for (UnitView.EdgeView edge : edges.apply(unit)) {
					if (seen.add(edge.unitId())) {
						next.put(edge.unitId(),
								new LineageView.Link(edge.unitId(), null, null, null, null, unit.unitId(), edge));
					}
				}
			}
			List<UnitView> loaded = new ArrayList<>();
			units().find(in("_id", next.keySet())).forEach(document -> loaded.add(view(document)));
			for (UnitView unit : loaded) {
				LineageView.Link link = next.get(unit.unitId());
				next.put(unit.unitId(), new LineageView.Link(unit.unitId(), unit.code(), unit.name(),
						unit.establishedOn(), unit.dissolvedOn(), link.fromUnitId(), link.edge()));
			}
			found.addAll(next.values());
			generation = loaded;
		}
		return found;
	}

	private static UnitView view(Document document) {
		return UnitDocuments.view(document);
	}

}
