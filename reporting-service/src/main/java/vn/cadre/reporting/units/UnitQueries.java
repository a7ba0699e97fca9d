package vn.cadre.reporting.units;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Component;

import static com.mongodb.client.model.Filters.eq;

/** Reads the unit register. */
@Component
class UnitQueries {

	private final MongoCollection<Document> units;

	UnitQueries(MongoDatabase readModels) {
		this.units = UnitCollections.units(readModels);
	}

	Optional<UnitView> getUnit(String unitId) {
		return Optional.ofNullable(this.units.find(eq("_id", unitId)).first()).map(UnitQueries::view);
	}

	List<UnitView> findUnits(int page, int size) {
		List<UnitView> result = new ArrayList<>();
		this.units.find()
			.sort(Sorts.ascending("code", "_id"))
			.skip(page * size)
			.limit(size)
			.forEach(document -> result.add(view(document)));
		return result;
	}

	private static UnitView view(Document document) {
		List<UnitView.NameView> names = document.getList("names", Document.class, List.of())
			.stream()
			.map(name -> new UnitView.NameView(name.getString("name"), LocalDate.parse(name.getString("from"))))
			.toList();
		return new UnitView(document.getString("_id"), document.getString("code"), document.getString("name"), names,
				document.getString("type"), document.getString("level"), document.getString("parentId"),
				LocalDate.parse(document.getString("establishedOn")), date(document.getString("dissolvedOn")),
				document.getList("predecessorIds", String.class, List.of()),
				document.getList("successorIds", String.class, List.of()), document.getString("legalBasis"),
				document.get("lastPosition", Number.class).longValue(),
				Instant.parse(document.getString("recordedAt")));
	}

	private static LocalDate date(String value) {
		return (value != null) ? LocalDate.parse(value) : null;
	}

}
