package vn.cadre.reporting.units;

import com.mongodb.client.MongoCollection;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.kernel.CadreEvent;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.unit.PartsTransferred;
import vn.cadre.kernel.unit.UnitDissolved;
import vn.cadre.kernel.unit.UnitEnlarged;
import vn.cadre.kernel.unit.UnitEvent;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitRenamed;
import vn.cadre.kernel.unit.UnitReparented;
import vn.cadre.kernel.unit.UnitRetyped;
import vn.cadre.kernel.unit.UnitSplit;
import vn.cadre.kernel.unit.UnitsMerged;
import vn.cadre.reporting.projection.Changes;
import vn.cadre.reporting.projection.Projection;
import vn.cadre.reporting.units.UnitView.EdgeView;
import vn.cadre.reporting.units.UnitView.NameView;
import vn.cadre.reporting.units.UnitView.ParentView;
import vn.cadre.reporting.units.UnitView.TypeView;

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
	public boolean reads(Class<? extends CadreEvent> type) {
		return UnitEvent.class.isAssignableFrom(type);
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
			units.put(
					UnitDocuments.unit(registered.unitId(), registered.code(), registered.name(), registered.type(),
							registered.parentId(), registered.establishedOn(), List.of(), registered.legalBasis()),
					event);
		}
		else if (payload instanceof UnitsMerged merged) {
			units
				.put(UnitDocuments.unit(merged.unitId(), merged.code(), merged.name(), merged.type(), merged.parentId(),
						merged.establishedOn(), edges(merged.predecessorIds(), merged.partialPredecessorIds(),
								merged.establishedOn(), merged.restructuringId(), merged.legalBasis()),
						merged.legalBasis()), event);
		}
		else if (payload instanceof UnitEnlarged enlarged) {
			update(units, event, enlarged.unitId(),
					unit -> UnitDocuments.linked(unit, UnitDocuments.PREDECESSORS,
							edges(enlarged.sourceIds(), enlarged.partialSourceIds(), enlarged.effectiveOn(),
									enlarged.restructuringId(), enlarged.legalBasis())));
		}
		else if (payload instanceof UnitMergedInto mergedInto) {
			LocalDate on = mergedInto.lastDay().plusDays(1);
			update(units, event, mergedInto.unitId(),
					unit -> UnitDocuments.linked(UnitDocuments.ended(unit, mergedInto.lastDay(), "MERGED"),
							UnitDocuments.SUCCESSORS, List.of(new EdgeView(mergedInto.successorId(), "WHOLE", on,
									mergedInto.restructuringId(), mergedInto.legalBasis()))));
		}
		else if (payload instanceof UnitSplit split) {
			update(units, event, split.unitId(),
					unit -> UnitDocuments.linked(UnitDocuments.ended(unit, split.lastDay(), "SPLIT"),
							UnitDocuments.SUCCESSORS, edges(split.successorIds(), split.successorIds(),
									split.lastDay().plusDays(1), split.restructuringId(), split.legalBasis())));
		}
		else if (payload instanceof PartsTransferred transferred) {
			update(units, event, transferred.unitId(),
					unit -> UnitDocuments.linked(unit, UnitDocuments.SUCCESSORS,
							edges(transferred.recipientIds(), transferred.recipientIds(), transferred.effectiveOn(),
									transferred.restructuringId(), transferred.legalBasis())));
		}
		else if (payload instanceof UnitDissolved dissolved) {
			update(units, event, dissolved.unitId(),
					unit -> UnitDocuments.ended(unit, dissolved.lastDay(), "DISSOLVED"));
		}
		else if (payload instanceof UnitRenamed renamed) {
			update(units, event, renamed.unitId(),
					unit -> UnitDocuments.renamed(unit, new NameView(renamed.name(), renamed.effectiveOn())));
		}
		else if (payload instanceof UnitRetyped retyped) {
			update(units, event, retyped.unitId(),
					unit -> UnitDocuments.retyped(unit, new TypeView(retyped.type().name(), retyped.effectiveOn())));
		}
		else if (payload instanceof UnitReparented reparented) {
			update(units, event, reparented.unitId(), unit -> UnitDocuments.reparented(unit,
					new ParentView(reparented.parentId(), reparented.effectiveOn())));
		}
	}

	/**
	 * Changes one unit's document. A unit's events arrive in order, so its document
	 * exists by the time a later event of it arrives.
	 */
	private static void update(Units units, PublishedEvent event, String unitId, UnaryOperator<Document> change) {
		Document unit = units.get(unitId);
		if (unit != null) {
			units.put(change.apply(unit), event);
		}
	}

	/** Edges to {@code unitIds}, of part of the area for those in {@code partialIds}. */
	private static List<EdgeView> edges(List<String> unitIds, List<String> partialIds, LocalDate on,
			String restructuringId, String legalBasis) {
		return unitIds.stream()
			.map(id -> new EdgeView(id, partialIds.contains(id) ? "PART" : "WHOLE", on, restructuringId, legalBasis))
			.toList();
	}

	private static boolean isNew(Units units, PublishedEvent event) {
		Document current = units.get(event.aggregateId());
		return current == null || UnitDocuments.lastSequence(current) < event.sequence();
	}

	/** The register's documents as this batch has them. */
	private record Units(MongoCollection<Document> collection, Changes changes) {

		Document get(String unitId) {
			return this.changes.get(this.collection, unitId);
		}

		void put(Document unit, PublishedEvent event) {
			this.changes.put(this.collection, UnitDocuments.applied(unit, event));
		}

	}

}
