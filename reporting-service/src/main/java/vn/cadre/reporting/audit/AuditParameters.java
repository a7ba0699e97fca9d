package vn.cadre.reporting.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import vn.cadre.reporting.web.PlausibleDate;

/**
 * What a question to the audit log names, bound by Spring from its query string: each
 * value is read as its type and checked against the bounds declared here, and a value
 * that is neither is refused naming its parameter. The rules between values (an order of
 * dates, known types, a page by number or by position) are {@link AuditQuery}'s.
 */
record AuditParameters(String unitId, Boolean lineage, String personId, String actor, List<String> type,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate validTo,
		@PlausibleDate Instant recordedFrom, @PlausibleDate Instant recordedTo, @Min(0) Integer page,
		@Min(1) @Max(AuditQuery.MAX_SIZE) Integer size, @Min(0) Long after) {

	/**
	 * Absent values take their defaults: a unit with its lineage, the first page of 50.
	 */
	AuditQuery query() {
		return new AuditQuery(this.unitId, this.lineage == null || this.lineage, this.personId, this.actor, this.type,
				this.validFrom, this.validTo, this.recordedFrom, this.recordedTo, (this.page != null) ? this.page : 0,
				(this.size != null) ? this.size : AuditQuery.DEFAULT_SIZE, this.after);
	}

}
