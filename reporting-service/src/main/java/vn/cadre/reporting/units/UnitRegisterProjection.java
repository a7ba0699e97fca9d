package vn.cadre.reporting.units;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitDissolved;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitRenamed;
import vn.cadre.kernel.unit.UnitsMerged;
import vn.cadre.reporting.projection.Projection;

import static com.mongodb.client.model.Filters.eq;

/**
 * The only writer of the {@code units} collection. A unit's events arrive in order on one
 * partition; each document remembers the sequence of the last event applied, so a
 * redelivered event changes nothing.
 */
@Component
class UnitRegisterProjection implements Projection {

	static final String NAME = "unit-register";

	private final MongoCollection<Document> units;

	UnitRegisterProjection(MongoDatabase readModels) {
		this.units = UnitCollections.units(readModels);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void apply(PublishedEvent event) {
		if (!isNew(event)) {
			return;
		}
		if (event.payload() instanceof UnitRegistered registered) {
			Document unit = new Document("_id", registered.unitId()).append("code", registered.code())
				.append("name", registered.name())
				.append("names", List.of(name(registered.name(), registered.establishedOn())))
				.append("type", registered.type().name())
				.append("level", registered.type().level().name())
				.append("parentId", registered.parentId())
				.append("establishedOn", registered.establishedOn().toString())
				.append("legalBasis", registered.legalBasis());
			this.units.replaceOne(eq("_id", registered.unitId()), applied(unit, event),
					new ReplaceOptions().upsert(true));
		}
		else if (event.payload() instanceof UnitsMerged merged) {
			Document unit = new Document("_id", merged.unitId()).append("code", merged.code())
				.append("name", merged.name())
				.append("names", List.of(name(merged.name(), merged.establishedOn())))
				.append("type", merged.type().name())
				.append("level", merged.type().level().name())
				.append("parentId", merged.parentId())
				.append("establishedOn", merged.establishedOn().toString())
				.append("predecessorIds", merged.predecessorIds())
				.append("legalBasis", merged.legalBasis());
			this.units.replaceOne(eq("_id", merged.unitId()), applied(unit, event), new ReplaceOptions().upsert(true));
		}
		else if (event.payload() instanceof UnitDissolved dissolved) {
			Document unit = this.units.find(eq("_id", dissolved.unitId())).first();
			if (unit != null) {
				unit.append("dissolvedOn", dissolved.lastDay().toString());
				this.units.replaceOne(eq("_id", dissolved.unitId()), applied(unit, event));
			}
		}
		else if (event.payload() instanceof UnitMergedInto mergedInto) {
			Document unit = this.units.find(eq("_id", mergedInto.unitId())).first();
			if (unit != null) {
				unit.append("dissolvedOn", mergedInto.lastDay().toString())
					.append("successorIds", List.of(mergedInto.successorId()));
				this.units.replaceOne(eq("_id", mergedInto.unitId()), applied(unit, event));
			}
		}
		else if (event.payload() instanceof UnitRenamed renamed) {
			Document unit = this.units.find(eq("_id", renamed.unitId())).first();
			if (unit != null) {
				List<Document> names = new ArrayList<>(unit.getList("names", Document.class));
				names.add(name(renamed.name(), renamed.effectiveOn()));
				unit.append("name", renamed.name()).append("names", names);
				this.units.replaceOne(eq("_id", renamed.unitId()), applied(unit, event));
			}
		}
	}

	private static Document name(String name, LocalDate from) {
		return new Document("name", name).append("from", from.toString());
	}

	private static Document applied(Document unit, PublishedEvent event) {
		return unit.append("lastSequence", event.sequence())
			.append("lastPosition", event.position())
			.append("recordedAt", event.recordedAt().toString());
	}

	private boolean isNew(PublishedEvent event) {
		Document current = this.units.find(eq("_id", event.aggregateId())).first();
		return current == null || current.get("lastSequence", Number.class).longValue() < event.sequence();
	}

}
