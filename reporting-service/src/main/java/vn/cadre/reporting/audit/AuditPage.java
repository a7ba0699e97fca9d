package vn.cadre.reporting.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of the audit log, in the order the events were recorded.
 *
 * @param total how many events match, on every page
 * @param unitsInLineage the units a {@code unitId} filter stood for (the unit, then its
 * predecessors and successors, nearest first); absent without one
 * @param nextAfter the {@code after} that asks for the next page; absent on the last
 */
record AuditPage(List<Entry> items, int page, int size, long total,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<String> unitsInLineage,
		@JsonInclude(JsonInclude.Include.NON_NULL) Long nextAfter) {

	/**
	 * One recorded event.
	 *
	 * @param type the simple name, such as {@code PositionAssigned}
	 * @param typeName the stored type name
	 * @param legalBasis the metadata's, or the payload's when the metadata has none
	 * @param validFrom, validUntil the valid time it speaks of; null when none, open when
	 * only {@code validUntil} is null
	 * @param payload the event's fields, dates as ISO text
	 */
	record Entry(long position, String eventId, String type, String typeName, String aggregateType, String aggregateId,
			long sequence, Instant recordedAt, Metadata metadata, String legalBasis, List<String> unitIds,
			List<String> personIds, LocalDate validFrom, LocalDate validUntil, Map<String, Object> payload) {

	}

	/** Who recorded it, under which command and request, why and on which basis. */
	record Metadata(String actor, String commandId, String reason, String legalBasis, String correlationId) {

	}

}
