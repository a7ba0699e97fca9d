package vn.cadre.reporting.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.bson.conversions.Bson;
import org.springframework.http.HttpStatus;
import vn.cadre.reporting.web.QueryRefused;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.empty;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static java.util.stream.Collectors.toUnmodifiableSet;

/**
 * One question to the audit log, its values typed ({@link AuditParameters} reads them)
 * and checked against each other, so only a question that can be answered reaches
 * MongoDB. Absent parts do not filter.
 *
 * @param lineage whether {@code unitId} stands for every unit of its lineage, both ways
 * @param types simple names of event types, any of which matches
 * @param validFrom, validTo the valid time the events must speak of some day of
 * @param recordedFrom, recordedTo record time, both ends included
 * @param page from 0, of {@code size} events in the order they were recorded
 * @param after a position: the page holds the matches recorded after it, found through
 * the index however deep, rather than by skipping; null to page by number
 */
record AuditQuery(String unitId, boolean lineage, String personId, String actor, Collection<String> types,
		LocalDate validFrom, LocalDate validTo, Instant recordedFrom, Instant recordedTo, int page, int size,
		Long after) {

	static final int DEFAULT_SIZE = 50;

	static final int MAX_SIZE = 500;

	AuditQuery {
		unitId = present(unitId);
		personId = present(personId);
		actor = present(actor);
		types = (types != null)
				? types.stream().map(AuditQuery::present).filter(Objects::nonNull).collect(toUnmodifiableSet())
				: Set.of();
		requireKnown(types);
		requireOrdered("validFrom", validFrom, "validTo", validTo);
		requireOrdered("recordedFrom", recordedFrom, "recordedTo", recordedTo);
		requirePage(page, size);
		requireAfter(after, page);
	}

	private static void requireKnown(Collection<String> types) {
		for (String type : types) {
			if (AuditEventTypes.find(type).isEmpty()) {
				throw new Invalid("types", "audit.no-event-type", type,
						String.join(", ", AuditEventTypes.simpleNames()));
			}
		}
	}

	private static <T extends Comparable<? super T>> void requireOrdered(String fromName, T from, String toName, T to) {
		if (from != null && to != null && from.compareTo(to) > 0) {
			throw new Invalid(toName, "audit.order", fromName, from, toName, to);
		}
	}

	private static void requirePage(int page, int size) {
		if (page < 0) {
			throw new Invalid("page", "audit.page-negative", page);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new Invalid("size", "audit.size", MAX_SIZE, size);
		}
		if ((long) page * size > Integer.MAX_VALUE) {
			throw new Invalid("page", "audit.page-beyond", page);
		}
	}

	private static void requireAfter(Long after, int page) {
		if (after == null) {
			return;
		}
		if (after < 0) {
			throw new Invalid("after", "audit.after-negative", after);
		}
		if (page != 0) {
			throw new Invalid("after", "audit.page-and-after");
		}
	}

	int skip() {
		return (this.after != null) ? 0 : this.page * this.size;
	}

	/**
	 * The filter over the log; {@code unitIds} are the units {@code unitId} resolved to,
	 * null for none.
	 */
	Bson filter(Collection<String> unitIds) {
		List<Bson> parts = new ArrayList<>();
		if (unitIds != null) {
			parts.add(in(AuditLog.UNIT_IDS, unitIds));
		}
		if (this.personId != null) {
			parts.add(eq(AuditLog.PERSON_IDS, this.personId));
		}
		if (this.actor != null) {
			parts.add(eq(AuditLog.ACTOR, this.actor));
		}
		if (!this.types.isEmpty()) {
			parts.add(in(AuditLog.TYPE, new TreeSet<>(this.types)));
		}
		parts.addAll(validTime());
		if (this.recordedFrom != null) {
			parts.add(gte(AuditLog.RECORDED_AT, Date.from(this.recordedFrom)));
		}
		if (this.recordedTo != null) {
			parts.add(lte(AuditLog.RECORDED_AT, Date.from(this.recordedTo)));
		}
		return parts.isEmpty() ? empty() : and(parts);
	}

	/**
	 * The filter of this page's events: {@link #filter} from {@code after} on, when the
	 * page is asked by position.
	 */
	Bson pageFilter(Collection<String> unitIds) {
		Bson matches = filter(unitIds);
		return (this.after != null) ? and(matches, gt(AuditLog.POSITION, this.after)) : matches;
	}

	/**
	 * Spans that overlap the range: starting by its end and ending (or open) from its
	 * start. An event with no valid time overlaps nothing.
	 */
	private List<Bson> validTime() {
		List<Bson> parts = new ArrayList<>();
		if (this.validFrom == null && this.validTo == null) {
			return parts;
		}
		parts.add(ne(AuditLog.VALID_FROM, null));
		if (this.validTo != null) {
			parts.add(lte(AuditLog.VALID_FROM, AuditLog.text(this.validTo)));
		}
		if (this.validFrom != null) {
			parts.add(or(eq(AuditLog.VALID_UNTIL, null), gte(AuditLog.VALID_UNTIL, AuditLog.text(this.validFrom))));
		}
		return parts;
	}

	private static String present(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A question that cannot be asked as given, naming the parameter at fault. */
	static final class Invalid extends QueryRefused {

		Invalid(String parameter, String key, Object... args) {
			super(HttpStatus.BAD_REQUEST, parameter, key, args);
		}

	}

}
