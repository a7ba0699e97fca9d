package vn.cadre.reporting.units;

import com.mongodb.client.MongoCollection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.unit.PartsTransferred;
import vn.cadre.kernel.unit.UnitDissolved;
import vn.cadre.kernel.unit.UnitEnlarged;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitRenamed;
import vn.cadre.kernel.unit.UnitReparented;
import vn.cadre.kernel.unit.UnitRetyped;
import vn.cadre.kernel.unit.UnitSplit;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.kernel.unit.UnitsMerged;
import vn.cadre.reporting.projection.Changes;
import vn.cadre.reporting.projection.Projection;

/**
 * The only writer of the {@code units} collection. A unit's events arrive in order on one
 * partition; each document remembers the sequence of the last event applied, so a
 * redelivered event changes nothing.
 */
@Component
public class UnitRegisterProjection implements Projection {

	static final String NAME = "unit-register";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void prefetch(PublishedEvent event, Changes changes) {
		changes.want(UnitCollections.units(changes.target()), event.aggregateId());
	}

	@Override
	public void apply(PublishedEvent event, Changes changes) {
		Units units = new Units(UnitCollections.units(changes.target()), changes);
		if (!isNew(units, event)) {
			return;
		}
		Object payload = event.payload();
		if (payload instanceof UnitRegistered registered) {
			create(units, event, registered.unitId(), registered.code(), registered.name(), registered.type(),
					registered.parentId(), registered.establishedOn(), List.of(), registered.legalBasis());
		}
		else if (payload instanceof UnitsMerged merged) {
			create(units, event, merged.unitId(), merged.code(), merged.name(), merged.type(), merged.parentId(),
					merged.establishedOn(), edges(merged.predecessorIds(), merged.partialPredecessorIds(),
							merged.establishedOn(), merged.restructuringId(), merged.legalBasis()),
					merged.legalBasis());
		}
		else if (payload instanceof UnitEnlarged enlarged) {
			update(units, event, enlarged.unitId(),
					unit -> unit.append("predecessors",
							concat(unit.getList("predecessors", Document.class, List.of()),
									edges(enlarged.sourceIds(), enlarged.partialSourceIds(), enlarged.effectiveOn(),
											enlarged.restructuringId(), enlarged.legalBasis()))));
		}
		else if (payload instanceof UnitMergedInto mergedInto) {
			update(units, event, mergedInto.unitId(),
					unit -> ended(unit, mergedInto.lastDay(), "MERGED").append("successors",
							concat(unit.getList("successors", Document.class, List.of()),
									List.of(edge(mergedInto.successorId(), "WHOLE", mergedInto.lastDay().plusDays(1),
											mergedInto.restructuringId(), mergedInto.legalBasis())))));
		}
		else if (payload instanceof UnitSplit split) {
			update(units, event, split.unitId(),
					unit -> ended(unit, split.lastDay(), "SPLIT").append("successors",
							concat(unit.getList("successors", Document.class, List.of()),
									edges(split.successorIds(), split.successorIds(), split.lastDay().plusDays(1),
											split.restructuringId(), split.legalBasis()))));
		}
		else if (payload instanceof PartsTransferred transferred) {
			update(units, event, transferred.unitId(),
					unit -> unit.append("successors",
							concat(unit.getList("successors", Document.class, List.of()),
									edges(transferred.recipientIds(), transferred.recipientIds(),
											transferred.effectiveOn(), transferred.restructuringId(),
											transferred.legalBasis()))));
		}
		else if (payload instanceof UnitDissolved dissolved) {
			update(units, event, dissolved.unitId(), unit -> ended(unit, dissolved.lastDay(), "DISSOLVED"));
		}
		else if (payload instanceof UnitRenamed renamed) {
			update(units, event, renamed.unitId(),
					unit -> unit.append("name", renamed.name())
						.append("names", concat(unit.getList("names", Document.class, List.of()),
								List.of(name(renamed.name(), renamed.effectiveOn())))));
		}
		else if (payload instanceof UnitRetyped retyped) {
			update(units, event, retyped.unitId(),
					unit -> unit.append("type", retyped.type().name())
						.append("types",
								concat(unit.getList("types", Document.class, List.of()),
										List.of(new Document("type", retyped.type().name()).append("from",
												retyped.effectiveOn().toString())))));
		}
		else if (payload instanceof UnitReparented reparented) {
			update(units, event, reparented.unitId(),
					unit -> unit.append("parentId", reparented.parentId())
						.append("parents",
								concat(unit.getList("parents", Document.class, List.of()),
										List.of(new Document("parentId", reparented.parentId()).append("from",
												reparented.effectiveOn().toString())))));
		}
	}

	private static void create(Units units, PublishedEvent event, String unitId, String code, String name,
			UnitType type, String parentId, LocalDate establishedOn, List<Document> predecessors, String legalBasis) {
		Document unit = new Document("_id", unitId).append("code", code)
			.append("name", name)
			.append("names", List.of(name(name, establishedOn)))
			.append("type", type.name())
			.append("types", List.of(new Document("type", type.name()).append("from", establishedOn.toString())))
			.append("level", type.level().name())
			.append("parentId", parentId)
			.append("parents", List.of(new Document("parentId", parentId).append("from", establishedOn.toString())))
			.append("establishedOn", establishedOn.toString())
			.append("predecessors", predecessors)
			.append("successors", List.of())
			.append("legalBasis", legalBasis);
		units.put(applied(unit, event));
	}

	/**
	 * Changes one unit's document. A unit's events arrive in order, so its document
	 * exists by the time a later event of it arrives.
	 */
	private static void update(Units units, PublishedEvent event, String unitId, UnaryOperator<Document> change) {
		Document unit = units.get(unitId);
		if (unit != null) {
			units.put(applied(change.apply(unit), event));
		}
	}

	private static Document ended(Document unit, LocalDate lastDay, String how) {
		return unit.append("dissolvedOn", lastDay.toString()).append("endedBy", how);
	}

	private static List<Document> edges(List<String> unitIds, List<String> partialIds, LocalDate on,
			String restructuringId, String legalBasis) {
		return unitIds.stream()
			.map(id -> edge(id, partialIds.contains(id) ? "PART" : "WHOLE", on, restructuringId, legalBasis))
			.toList();
	}

	private static Document edge(String unitId, String share, LocalDate on, String restructuringId, String legalBasis) {
		return new Document("unitId", unitId).append("share", share)
			.append("on", on.toString())
			.append("restructuringId", restructuringId)
			.append("legalBasis", legalBasis);
	}

	private static List<Document> concat(List<Document> existing, List<Document> added) {
		List<Document> all = new ArrayList<>(existing);
		all.addAll(added);
		return all;
	}

	private static Document name(String name, LocalDate from) {
		return new Document("name", name).append("from", from.toString());
	}

	private static Document applied(Document unit, PublishedEvent event) {
		return unit.append("lastSequence", event.sequence())
			.append("lastPosition", event.position())
			.append("recordedAt", event.recordedAt().toString());
	}

	private static boolean isNew(Units units, PublishedEvent event) {
		Document current = units.get(event.aggregateId());
		return current == null || current.get("lastSequence", Number.class).longValue() < event.sequence();
	}

	/** The register's documents as this batch has them. */
	private record Units(MongoCollection<Document> collection, Changes changes) {

		Document get(String unitId) {
			return this.changes.get(this.collection, unitId);
		}

		void put(Document unit) {
			this.changes.put(this.collection, unit);
		}

	}

}
