package vn.cadre.kernel.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * A briefing conference to disseminate documents was held.
 *
 * @param briefingId id of the conference
 * @param unitId the unit that held it
 * @param heldOn the day it was held
 * @param title what it was, as the report names it
 * @param documents numbers of the registered documents it disseminated
 * @param attendances number of attendances (lượt người)
 */
@EventRevision("1")
public record BriefingRecorded(String briefingId, String unitId, LocalDate heldOn, String title, List<String> documents,
		int attendances) implements BriefingEvent {

	public BriefingRecorded {
		Objects.requireNonNull(briefingId, "briefingId");
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(heldOn, "heldOn");
		Objects.requireNonNull(title, "title");
		documents = List.copyOf(documents);
	}

}
