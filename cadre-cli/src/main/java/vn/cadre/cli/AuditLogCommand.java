package vn.cadre.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cadre audit-log}: the event log with its metadata, filtered (auditors). */
@Command(name = "audit-log",
		description = "Events with their actor, reason and legal basis, filtered by unit (with its merger lineage), "
				+ "person, actor, type, valid time and record time (reporting-service, AUDITOR).")
final class AuditLogCommand implements Callable<Integer> {

	@ParentCommand
	Cadre cadre;

	@Option(names = "--unit", description = "Unit id; its predecessors and successors too unless --no-lineage.")
	String unitId;

	@Option(names = "--no-lineage", negatable = false, description = "Only the unit itself.")
	boolean noLineage;

	@Option(names = "--person", description = "Person id.")
	String personId;

	@Option(names = "--actor", description = "Who recorded the events.")
	String actor;

	@Option(names = "--type", description = "Event type, such as PositionAssigned (repeatable).")
	List<String> types;

	@Option(names = "--valid-from", description = "Valid time from (yyyy-MM-dd).")
	String validFrom;

	@Option(names = "--valid-to", description = "Valid time to (yyyy-MM-dd).")
	String validTo;

	@Option(names = "--recorded-from", description = "Record time from (ISO instant).")
	String recordedFrom;

	@Option(names = "--recorded-to", description = "Record time to (ISO instant).")
	String recordedTo;

	@Option(names = "--page", defaultValue = "0", description = "Page, from 0.")
	int page;

	@Option(names = "--size", defaultValue = "50", description = "Events per page (at most 500).")
	int size;

	@Option(names = "--after",
			description = "The events after this position: the nextAfter of the page before, for reading deep "
					+ "into the log (instead of --page).")
	Long after;

	@Override
	public Integer call() {
		StringBuilder query = new StringBuilder("page=" + this.page + "&size=" + this.size);
		param(query, "unitId", this.unitId);
		if (this.unitId != null && this.noLineage) {
			param(query, "lineage", "false");
		}
		param(query, "personId", this.personId);
		param(query, "actor", this.actor);
		if (this.types != null) {
			this.types.forEach((type) -> param(query, "type", type));
		}
		param(query, "validFrom", this.validFrom);
		param(query, "validTo", this.validTo);
		param(query, "recordedFrom", this.recordedFrom);
		param(query, "recordedTo", this.recordedTo);
		if (this.after != null) {
			param(query, "after", String.valueOf(this.after));
		}
		return this.cadre.api().get(this.cadre.reportingUrl, "/api/audit/events?" + query);
	}

	private static void param(StringBuilder query, String name, String value) {
		if (value != null) {
			query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

}
