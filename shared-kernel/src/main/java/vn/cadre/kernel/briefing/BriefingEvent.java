package vn.cadre.kernel.briefing;

import vn.cadre.kernel.CadreEvent;

/** The events of one briefing conference; the aggregate id is {@link #briefingId()}. */
public sealed interface BriefingEvent extends CadreEvent permits BriefingRecorded {

	String briefingId();

}
