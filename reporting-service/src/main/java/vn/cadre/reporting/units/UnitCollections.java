package vn.cadre.reporting.units;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/** Names the collections of this read model in one place. */
final class UnitCollections {

	private UnitCollections() {
	}

	static MongoCollection<Document> units(MongoDatabase readModels) {
		return readModels.getCollection("units");
	}

}
