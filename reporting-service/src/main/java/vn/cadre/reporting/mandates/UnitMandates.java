package vn.cadre.reporting.mandates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One unit's mandate versions as the measures read them: one document under the unit's id
 * in {@code mandate_units}, so a unit's versions are one {@code _id} lookup and the whole
 * country one pass over some thousands of documents.
 *
 * <p>
 * A version can count in a measure only if it is not a rescission and its holder is a
 * non-local or holds another post in the unit (a pair of posts is always one person's in
 * one unit). Those versions are kept as {@link VersionLine lines} under {@code current}
 * while believed and under {@code past} once a later event closed them; every other
 * version waits under {@code others} until its holder takes a second post in the unit,
 * which moves it. Versions are never removed, so a version that can count at one record
 * time stays where every later query finds it. {@code lastRecordedAt} is the latest
 * record time of any change: from then on what is believed is exactly {@code current}.
 *
 * <p>
 * Applying the same version or closing it again leaves the document as it was, and the
 * lists are kept sorted, so a batch written again after a crash, or a rebuild, writes the
 * same document.
 */
final class UnitMandates {

	static final String CURRENT = "current";

	static final String PAST = "past";

	static final String OTHERS = "others";

	static final String HOLDINGS = "holdings";

	static final String LAST_RECORDED_AT = "lastRecordedAt";

	/**
	 * The first and the last day any version kept here holds ({@link #OPEN} when one has
	 * no end): a question about other days need not read the document. Only ever widened,
	 * as versions are only ever added.
	 */
	static final String FIRST_DAY = "firstDay";

	static final String LAST_DAY = "lastDay";

	private static final String OPEN = "9999-12-31";

	private final Document document;

	private UnitMandates(Document document) {
		this.document = document;
	}

	/** The unit's document as stored, or a new one when it has none. */
	static UnitMandates of(String unitId, Document stored) {
		Document document = new Document("_id", unitId);
		for (String field : List.of(CURRENT, PAST, OTHERS, HOLDINGS)) {
			document.append(field,
					new ArrayList<>((stored != null) ? stored.getList(field, String.class, List.of()) : List.of()));
		}
		document.append(LAST_RECORDED_AT, (stored != null) ? stored.getDate(LAST_RECORDED_AT) : null);
		UnitMandates unit = new UnitMandates(document);
		if (stored != null && stored.getString(FIRST_DAY) != null) {
			document.append(FIRST_DAY, stored.getString(FIRST_DAY)).append(LAST_DAY, stored.getString(LAST_DAY));
		}
		else {
			// written before the days were kept: they are those of the lines it holds
			document.append(FIRST_DAY, null).append(LAST_DAY, null);
			List.of(CURRENT, PAST, OTHERS)
				.forEach(field -> unit.lines(field)
					.forEach(line -> unit.widen(VersionLine.from(line), VersionLine.until(line))));
		}
		return unit;
	}

	/**
	 * The units' documents that may hold a version of some day within
	 * {@code from}..{@code until}; those written before the days were kept, all.
	 */
	static Bson holdingDaysWithin(LocalDate from, LocalDate until) {
		return Filters.or(Filters.eq(FIRST_DAY, null),
				Filters.and(Filters.lte(FIRST_DAY, until.toString()), Filters.gte(LAST_DAY, from.toString())));
	}

	Document document() {
		return this.document;
	}

	/** Adds (or writes again) a version. */
	void record(StoredVersion version) {
		later(Date.from(version.facts().recordedFrom()));
		if (version.facts().rescinded()) {
			return;
		}
		widen(version.facts().from().toString(),
				(version.facts().until() != null) ? version.facts().until().toString() : null);
		String line = VersionLine.of(version.id(), version.facts());
		String person = VersionLine.person(line);
		String holding = person + '\u001f' + VersionLine.post(line);
		if (!lines(HOLDINGS).contains(holding)) {
			lines(HOLDINGS).add(holding);
		}
		boolean secondPost = lines(HOLDINGS).stream()
			.anyMatch(other -> other.startsWith(person + '\u001f') && !other.equals(holding));
		if (secondPost) {
			List<String> waiting = lines(OTHERS).stream()
				.filter(other -> VersionLine.person(other).equals(person))
				.toList();
			lines(OTHERS).removeAll(waiting);
			waiting.forEach(this::place);
		}
		remove(VersionLine.id(line));
		if (secondPost || "NON_LOCAL".equals(version.facts().locality())) {
			place(line);
		}
		else {
			lines(OTHERS).add(line);
		}
		tidy();
	}

	/** Marks a version as believed only until {@code until}, wherever it is kept. */
	void close(String versionId, Date until) {
		later(until);
		for (String field : List.of(CURRENT, PAST, OTHERS)) {
			List<String> lines = lines(field);
			for (int i = 0; i < lines.size(); i++) {
				if (VersionLine.id(lines.get(i)).equals(versionId)) {
					String closed = VersionLine.closedAt(lines.get(i), until);
					if (field.equals(CURRENT)) {
						lines.remove(i);
						lines(PAST).add(closed);
					}
					else {
						lines.set(i, closed);
					}
					tidy();
					return;
				}
			}
		}
	}

	/**
	 * The versions of a stored document that can count and were believed at
	 * {@code knownAt}; {@code past} is read only when the document holds it.
	 */
	static List<MandateVersion> believedAt(Document stored, Instant knownAt) {
		String unitId = stored.getString("_id");
		Date last = stored.getDate(LAST_RECORDED_AT);
		List<MandateVersion> believed = new ArrayList<>();
		boolean allCurrent = last == null || !knownAt.isBefore(last.toInstant());
		for (String field : List.of(CURRENT, PAST)) {
			for (String line : stored.getList(field, String.class, List.of())) {
				MandateVersion version = VersionLine.version(unitId, line);
				if ((allCurrent && field.equals(CURRENT)) || believed(version, knownAt)) {
					believed.add(version);
				}
			}
		}
		return believed;
	}

	/** Whether reading {@code current} alone answers for {@code knownAt}. */
	static boolean currentSuffices(Document stored, Instant knownAt) {
		Date last = stored.getDate(LAST_RECORDED_AT);
		return last == null || !knownAt.isBefore(last.toInstant());
	}

	private static boolean believed(MandateVersion version, Instant knownAt) {
		return !version.recordedFrom().isAfter(knownAt)
				&& (version.recordedUntil() == null || version.recordedUntil().isAfter(knownAt));
	}

	private void place(String line) {
		lines((VersionLine.recordedUntil(line) == null) ? CURRENT : PAST).add(line);
	}

	private void remove(String versionId) {
		for (String field : List.of(CURRENT, PAST, OTHERS)) {
			lines(field).removeIf(line -> VersionLine.id(line).equals(versionId));
		}
	}

	/**
	 * Keeps every list in the order of its lines (a line starts with its version's id),
	 * so the document depends only on the versions it holds, not on the order of writes.
	 */
	private void tidy() {
		List.of(CURRENT, PAST, OTHERS, HOLDINGS).forEach(field -> Collections.sort(lines(field)));
	}

	/** Widens the days kept to a version's, {@code until} null when it has no end. */
	private void widen(String from, String until) {
		String first = this.document.getString(FIRST_DAY);
		if (first == null || from.compareTo(first) < 0) {
			this.document.put(FIRST_DAY, from);
		}
		String last = this.document.getString(LAST_DAY);
		String end = (until != null) ? until : OPEN;
		if (last == null || end.compareTo(last) > 0) {
			this.document.put(LAST_DAY, end);
		}
	}

	private void later(Date time) {
		Date last = this.document.getDate(LAST_RECORDED_AT);
		if (time != null && (last == null || time.after(last))) {
			this.document.put(LAST_RECORDED_AT, time);
		}
	}

	@SuppressWarnings("unchecked")
	private List<String> lines(String field) {
		return (List<String>) this.document.get(field);
	}

}
