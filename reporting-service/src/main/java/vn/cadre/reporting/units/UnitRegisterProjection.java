package vn.cadre.reporting.units;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.unit.UnitRegistered;
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
		if (event.payload() instanceof UnitRegistered registered && isNew(event)) {
			Document unit = new Document("_id", registered.unitId()).append("code", registered.code())
				.append("name", registered.name())
				.append("type", registered.type().name())
				.append("level", registered.type().level().name())
				.append("parentId", registered.parentId())
				.append("establishedOn", registered.establishedOn().toString())
				.append("legalBasis", registered.legalBasis())
				.append("lastSequence", event.sequence())
				.append("lastPosition", event.position())
				.append("recordedAt", event.recordedAt().toString());
			this.units.replaceOne(eq("_id", registered.unitId()), unit, new ReplaceOptions().upsert(true));
		}
	}

	private boolean isNew(PublishedEvent event) {
		Document current = this.units.find(eq("_id", event.aggregateId())).first();
		return current == null || current.get("lastSequence", Number.class).longValue() < event.sequence();
	}

}
