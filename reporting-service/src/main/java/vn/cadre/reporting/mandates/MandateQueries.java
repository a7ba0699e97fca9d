package vn.cadre.reporting.mandates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.cadre.reporting.projection.Generations;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

/** Reads mandate versions by unit and record time. */
@Component
public class MandateQueries {

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
		return find(and(in("unitId", unitIds), lte("recordedFrom", at),
				or(eq("recordedUntil", null), gt("recordedUntil", at))));
	}

	/** Every version recorded for these units, oldest first: the whole history. */
	public List<MandateVersion> history(Collection<String> unitIds) {
		List<MandateVersion> all = find(in("unitId", unitIds));
		all.sort(Comparator.comparingLong(MandateVersion::position));
		return all;
	}

	private List<MandateVersion> find(Bson filter) {
		List<MandateVersion> found = new ArrayList<>();
		MandateCollections.versions(this.generations.serving())
			.find(filter)
			.forEach(document -> found.add(MandateVersion.of(document)));
		return found;
	}

}
