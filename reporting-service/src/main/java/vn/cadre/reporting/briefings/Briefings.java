package vn.cadre.reporting.briefings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.ReadModels;

import static com.mongodb.client.model.Filters.in;

/** Reads the briefing conferences of some units. */
@Component
public class Briefings {

	static final String COLLECTION = "briefings_by_unit";

	/**
	 * Units per {@code $in}: mongo-java-server checks each hit against the whole list, so
	 * long lists cost it the square of their length.
	 */
	private static final int FETCH_CHUNK = 100;

	/**
	 * From this many units (a province's worth), one pass over every unit's document
	 * costs less than asking for them by id a hundred at a time: a country's measures
	 * name nearly every unit there is.
	 */
	private static final int WHOLE_READ_FROM = 2_000;

	private static final Comparator<Briefing> ORDER = Comparator.comparing(Briefing::heldOn)
		.thenComparing(Briefing::briefingId);

	private final Generations generations;

	public Briefings(Generations generations) {
		this.generations = generations;
	}

	static MongoCollection<Document> collection(ReadModels readModels) {
		return readModels.collection(COLLECTION, units -> {
		});
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
		List<String> ids = List.copyOf(unitIds);
		if (ids.size() > WHOLE_READ_FROM) {
			Set<String> wanted = new HashSet<>(ids);
			return heldAnywhere(from, until, knownAt).stream()
				.filter(briefing -> wanted.contains(briefing.unitId()))
				.toList();
		}
		List<Briefing> found = new ArrayList<>();
		Predicate<Document> held = BriefingDocuments.heldWithin(from, until, knownAt);
		MongoCollection<Document> units = collection(this.generations.serving());
		for (int start = 0; start < ids.size(); start += FETCH_CHUNK) {
			units.find(in("_id", ids.subList(start, Math.min(ids.size(), start + FETCH_CHUNK))))
				.forEach(unit -> found.addAll(conferencesOf(unit, held)));
		}
		found.sort(ORDER);
		return found;
	}

	/**
	 * Conferences of every unit held from {@code from} to {@code until}, recorded by
	 * {@code knownAt}: one pass over every unit's document, for a question about nearly
	 * all of them, which need not wait to know which. The server sends only the units
	 * with a conference in the window.
	 */
	public List<Briefing> heldAnywhere(LocalDate from, LocalDate until, Instant knownAt) {
		List<Briefing> found = new ArrayList<>();
		Predicate<Document> held = BriefingDocuments.heldWithin(from, until, knownAt);
		collection(this.generations.serving()).find(BriefingDocuments.anyHeldWithin(from, until))
			.batchSize(ReadModels.WIDE_READ_BATCH)
			.forEach(unit -> found.addAll(conferencesOf(unit, held)));
		found.sort(ORDER);
		return found;
	}

	private static List<Briefing> conferencesOf(Document unit, Predicate<Document> held) {
		String unitId = unit.getString("_id");
		return BriefingDocuments.conferences(unit)
			.stream()
			.filter(held)
			.map(conference -> BriefingDocuments.briefing(unitId, conference))
			.toList();
	}

}
