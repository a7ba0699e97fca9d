package vn.cadre.reporting.mandates;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import vn.cadre.reporting.projection.ReadModels;

/** Names the collections of this read model, with the indexes its queries use. */
final class MandateCollections {

	private MandateCollections() {
	}

	static MongoCollection<Document> versions(ReadModels readModels) {
		return readModels.collection("mandate_versions", versions -> {
			versions.createIndex(Indexes.ascending(StoredVersion.UNIT_ID, StoredVersion.RECORDED_FROM));
			versions.createIndex(Indexes.ascending(StoredVersion.KEY, StoredVersion.RECORDED_UNTIL));
			versions.createIndex(Indexes.ascending(StoredVersion.PERSON_ID));
		});
	}

	/**
	 * One document per unit, under its id: the unit's versions as the measures read them
	 * ({@link UnitMandates}); read by {@code _id}, or whole for the country.
	 */
	static MongoCollection<Document> units(ReadModels readModels) {
		return readModels.collection("mandate_units", units -> {
		});
	}

	/**
	 * One document per mandate, under its key: the version believed now and the sequence
	 * of the event that made it. Applying an event reads it by {@code _id}, however many
	 * versions the history holds.
	 */
	static MongoCollection<Document> heads(ReadModels readModels) {
		return readModels.collection("mandate_heads", heads -> {
		});
	}

}
