package vn.cadre.reporting.mandates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.ReadModels;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

/**
 * Reads mandate versions by unit and record time: every version from
 * {@code mandate_versions}, those the measures count from {@code mandate_units}.
 */
@Component
public class MandateQueries {

	private static final int CHUNK = 1000;

	private final Generations generations;

	public MandateQueries(Generations generations) {
		this.generations = generations;
	}

	/**
	 * The versions of these units' mandates believed at {@code knownAt}, rescinded ones
	 * included (they say the mandate was believed not to exist).
	 */
	public List<MandateVersion> believedAt(Collection<String> unitIds, Instant knownAt) {
		Date at = Date.from(knownAt);
		return find(and(in(StoredVersion.UNIT_ID, unitIds), lte(StoredVersion.RECORDED_FROM, at),
				or(eq(StoredVersion.RECORDED_UNTIL, null), gt(StoredVersion.RECORDED_UNTIL, at))));
	}

	/**
	 * The versions of these units' mandates that can count in a measure (see
	 * {@link UnitMandates}) and were believed at {@code knownAt}, by unit, each with the
	 * fields the measures read. Reads each unit's document by {@code _id}.
	 */
	public Map<String, List<MandateVersion>> countableAt(Collection<String> unitIds, Instant knownAt) {
		return countableAt(MandateCollections.units(this.generations.serving()), unitIds, knownAt);
	}

	private static Map<String, List<MandateVersion>> countableAt(MongoCollection<Document> units,
			Collection<String> unitIds, Instant knownAt) {
		Map<String, List<MandateVersion>> found = new HashMap<>();
		List<String> ids = List.copyOf(new LinkedHashSet<>(unitIds));
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			Bson filter = (chunk.size() == 1) ? eq("_id", chunk.get(0)) : in("_id", chunk);
			read(units, filter, knownAt, found);
		}
		return found;
	}

	/**
	 * The same for every unit that may hold a version of some day within
	 * {@code from}..{@code until}: one pass over the units' days finds them, then they
	 * are read by {@code _id} (a generation written before the days were kept apart is
	 * read in one pass over every unit instead).
	 */
	public Map<String, List<MandateVersion>> countableEverywhere(Instant knownAt, LocalDate from, LocalDate until) {
		return read(MandateCollections.units(this.generations.serving()), UnitMandates.holdingDaysWithin(from, until),
				knownAt, new HashMap<>());
	}

	private static Map<String, List<MandateVersion>> read(MongoCollection<Document> units, Bson filter, Instant knownAt,
			Map<String, List<MandateVersion>> found) {
		Map<String, Document> earlier = new HashMap<>();
		units.find(filter)
			.batchSize(ReadModels.WIDE_READ_BATCH)
			.projection(Projections.include(UnitMandates.CURRENT, UnitMandates.LAST_RECORDED_AT))
			.forEach(document -> {
				if (UnitMandates.currentSuffices(document, knownAt)) {
					found.put(document.getString("_id"), UnitMandates.believedAt(document, knownAt));
				}
				else {
					earlier.put(document.getString("_id"), document);
				}
			});
		if (!earlier.isEmpty()) {
			units.find(filter)
				.batchSize(ReadModels.WIDE_READ_BATCH)
				.projection(Projections.include(UnitMandates.PAST))
				.forEach(document -> {
					Document current = earlier.get(document.getString("_id"));
					if (current != null) {
						current.put(UnitMandates.PAST, document.get(UnitMandates.PAST));
						found.put(document.getString("_id"), UnitMandates.believedAt(current, knownAt));
					}
				});
		}
		return found;
	}

	/**
	 * The versions of one person's mandates, in every unit, believed at {@code knownAt}.
	 */
	public List<MandateVersion> believedOfPerson(String personId, Instant knownAt) {
		Date at = Date.from(knownAt);
		return find(and(eq(StoredVersion.PERSON_ID, personId), lte(StoredVersion.RECORDED_FROM, at),
				or(eq(StoredVersion.RECORDED_UNTIL, null), gt(StoredVersion.RECORDED_UNTIL, at))));
	}

	/** Every version recorded for these units, oldest first: the whole history. */
	public List<MandateVersion> history(Collection<String> unitIds) {
		List<MandateVersion> all = find(in(StoredVersion.UNIT_ID, unitIds));
		all.sort(Comparator.comparingLong(MandateVersion::position));
		return all;
	}

	private List<MandateVersion> find(Bson filter) {
		List<MandateVersion> found = new ArrayList<>();
		MandateCollections.versions(this.generations.serving())
			.find(filter)
			.forEach(document -> found.add(StoredVersion.of(document).facts()));
		return found;
	}

}
