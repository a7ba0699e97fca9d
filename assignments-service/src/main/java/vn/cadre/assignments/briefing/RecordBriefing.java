package vn.cadre.assignments.briefing;

import java.time.LocalDate;
import java.util.List;

import vn.cadre.assignments.InvalidRequest;
import vn.cadre.kernel.unit.UnitId;

/** Record a briefing conference held by a unit on documents it disseminated. */
public record RecordBriefing(String briefingId, UnitId unitId, LocalDate heldOn, String title, List<String> documents,
		int attendances) {

	public RecordBriefing {
		documents = List.copyOf(documents);
		if (documents.isEmpty()) {
			throw new InvalidRequest("command.briefing-without-document");
		}
		if (attendances < 1) {
			throw new InvalidRequest("command.briefing-without-attendance");
		}
	}

}
