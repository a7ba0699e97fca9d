package vn.cadre.reporting.briefings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.ReadModels;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

/** Reads the briefing conferences of some units. */
@Component
public class Briefings {

	private final Generations generations;

	public Briefings(Generations generations) {
		this.generations = generations;
	}

	static MongoCollection<Document> collection(ReadModels readModels) {
		return readModels.collection("briefings",
				briefings -> briefings.createIndex(Indexes.ascending("unitId", "heldOn")));
	}

	/** A conference as the measures need it. */
	public record Briefing(String briefingId, String unitId, LocalDate heldOn, String title, List<String> documents,
			int attendances, long position) {

	}

	/**
	 * Conferences of these units held from {@code from} to {@code until}, recorded by
	 * {@code knownAt}.
	 */
	public List<Briefing> heldBy(Collection<String> unitIds, LocalDate from, LocalDate until, Instant knownAt) {
		List<Briefing> found = new ArrayList<>();
		collection(this.generations.serving())
			.find(and(in("unitId", unitIds), gte("heldOn", from.toString()), lte("heldOn", until.toString()),
					lte("recordedFrom", Date.from(knownAt))))
			.forEach(document -> found.add(new Briefing(document.getString("_id"), document.getString("unitId"),
					LocalDate.parse(document.getString("heldOn")), document.getString("title"),
					document.getList("documents", String.class, List.of()), document.getInteger("attendances", 0),
					document.get("position", Number.class).longValue())));
		return found;
	}

}
