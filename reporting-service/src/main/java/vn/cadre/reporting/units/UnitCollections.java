package vn.cadre.reporting.units;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

/** Names the collections of this read model in one place. */
final class UnitCollections {

	private UnitCollections() {
	}

	/**
	 * A code is looked up with a date; the few units that carried it are then checked.
	 */
	static MongoCollection<Document> units(MongoDatabase readModels) {
		MongoCollection<Document> units = readModels.getCollection("units");
		units.createIndex(Indexes.ascending("code"));
		units.createIndex(Indexes.ascending("parents.parentId"));
		units.createIndex(Indexes.ascending("level"));
		return units;
	}

}
