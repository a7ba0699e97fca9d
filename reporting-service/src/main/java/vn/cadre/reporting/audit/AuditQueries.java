package vn.cadre.reporting.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.units.LineageView;
import vn.cadre.reporting.units.UnitQueries;

/**
 * Reads the audit log a page at a time: MongoDB counts the matches and returns one page,
 * so no answer holds more than a page of events.
 */
@Component
class AuditQueries {

	private final Generations generations;

	private final UnitQueries units;

	AuditQueries(Generations generations, UnitQueries units) {
		this.generations = generations;
		this.units = units;
	}

	/** The page asked for, or empty when the unit asked about is not in the register. */
	Optional<AuditPage> find(AuditQuery query) {
		List<String> unitIds = null;
		if (query.unitId() != null) {
			Optional<List<String>> resolved = unitsOf(query);
			if (resolved.isEmpty()) {
				return Optional.empty();
			}
			unitIds = resolved.get();
		}
		MongoCollection<Document> log = AuditLog.collection(this.generations.serving());
		long total = log.countDocuments(query.filter(unitIds));
		List<AuditPage.Entry> items = new ArrayList<>();
		// one more than the page, to know whether a next one starts after it
		log.find(query.pageFilter(unitIds))
			.sort(Sorts.ascending(AuditLog.POSITION))
			.skip(query.skip())
			.limit(query.size() + 1)
			.forEach(document -> items.add(AuditLog.read(document)));
		Long nextAfter = null;
		if (items.size() > query.size()) {
			items.remove(items.size() - 1);
			nextAfter = items.get(items.size() - 1).position();
		}
		return Optional.of(new AuditPage(items, query.page(), query.size(), total, unitIds, nextAfter));
	}

	/**
	 * The unit with, under {@code lineage}, every unit before and after it through any
	 * number of restructurings, as the register's lineage walk finds them.
	 */
	private Optional<List<String>> unitsOf(AuditQuery query) {
		if (!query.lineage()) {
			return this.units.getUnit(query.unitId()).map(unit -> List.of(unit.unitId()));
		}
		// the walk's asOf only picks the units containing it on a day, which is not used
		// here
		return this.units.lineage(query.unitId(), LocalDate.now()).map(lineage -> {
			List<String> ids = new ArrayList<>(List.of(lineage.unit().unitId()));
			lineage.predecessors().stream().map(LineageView.Link::unitId).forEach(ids::add);
			lineage.successors().stream().map(LineageView.Link::unitId).forEach(ids::add);
			return List.copyOf(ids);
		});
	}

}
