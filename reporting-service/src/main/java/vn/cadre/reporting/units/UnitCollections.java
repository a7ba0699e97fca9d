package vn.cadre.reporting.units;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import vn.cadre.reporting.projection.ReadModels;

/** Names the collections of this read model in one place. */
final class UnitCollections {

	private UnitCollections() {
	}

	/**
	 * A code is looked up with a date, then the few units that carried it are checked;
	 * scopes walk the parents; levels list the register.
	 */
	static MongoCollection<Document> units(ReadModels readModels) {
		return readModels.collection("units", units -> {
			units.createIndex(Indexes.ascending(UnitDocuments.CODE));
			units.createIndex(Indexes.ascending(UnitDocuments.PARENTS_PARENT_ID));
			units.createIndex(Indexes.ascending(UnitDocuments.LEVEL));
		});
	}

}
