package vn.cadre.reporting.briefings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.cadre.reporting.briefings.Briefings.Briefing;

/**
 * The one mapping between {@code briefings_by_unit}'s documents and the conferences the
 * measures read: a unit's document holds its conferences under {@code briefings}, each
 * with the record time it was learnt at; days are ISO-8601 text, so they compare as days.
 */
final class BriefingDocuments {

	private static final String CONFERENCES = "briefings";

	private static final String HELD_ON = "heldOn";

	private static final String RECORDED_FROM = "recordedFrom";

	private BriefingDocuments() {
	}

	/**
	 * The unit's document holding {@code conferences}, by day held then id: each
	 * conference is an aggregate of its own, so a unit's come on several partitions, and
	 * a rebuild interleaves them otherwise than the live consumers did; a document in
	 * arrival order would differ from its rebuild.
	 */
	static Document unit(String unitId, List<Document> conferences) {
		List<Document> ordered = new ArrayList<>(conferences);
		ordered.sort(Comparator.comparing((Document conference) -> conference.getString(HELD_ON))
			.thenComparing(BriefingDocuments::id));
		return new Document("_id", unitId).append(CONFERENCES, ordered);
	}

	/** A unit's conferences as stored; none for a unit without a document. */
	static List<Document> conferences(Document unit) {
		return (unit != null) ? unit.getList(CONFERENCES, Document.class, List.of()) : List.of();
	}

	static String id(Document conference) {
		return conference.getString("_id");
	}

	/** A conference as stored, believed from {@code recordedFrom}. */
	static Document conference(Briefing briefing, Instant recordedFrom) {
		return new Document("_id", briefing.briefingId()).append(HELD_ON, briefing.heldOn().toString())
			.append("title", briefing.title())
			.append("documents", briefing.documents())
			.append("attendances", briefing.attendances())
			.append("position", briefing.position())
			.append(RECORDED_FROM, Date.from(recordedFrom));
	}

	/**
	 * Whether a stored conference was held within {@code from}..{@code until} and known
	 * at {@code knownAt}; the bounds are written once, as the days are stored, for the
	 * thousands of conferences a country's question tests.
	 */
	static Predicate<Document> heldWithin(LocalDate from, LocalDate until, Instant knownAt) {
		String first = from.toString();
		String last = until.toString();
		Date known = Date.from(knownAt);
		return conference -> {
			String heldOn = conference.getString(HELD_ON);
			return heldOn.compareTo(first) >= 0 && heldOn.compareTo(last) <= 0
					&& !conference.getDate(RECORDED_FROM).after(known);
		};
	}

	/** The units' documents with a conference held within {@code from}..{@code until}. */
	static Bson anyHeldWithin(LocalDate from, LocalDate until) {
		return Filters.elemMatch(CONFERENCES,
				Filters.and(Filters.gte(HELD_ON, from.toString()), Filters.lte(HELD_ON, until.toString())));
	}

	static Briefing briefing(String unitId, Document conference) {
		return new Briefing(id(conference), unitId, LocalDate.parse(conference.getString(HELD_ON)),
				conference.getString("title"), conference.getList("documents", String.class, List.of()),
				conference.getInteger("attendances", 0), conference.get("position", Number.class).longValue());
	}

}
