package vn.cadre.reporting.audit;

import java.time.LocalDate;

import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.MandateEvent;
import vn.cadre.kernel.mandate.PositionAssigned;

/**
 * A mandate's holder and period as believed after one of its events. An ending or a
 * rescission does not name the holder nor the period, yet concerns both; the audit log
 * keeps this beside each mandate event so the next one can say whom and when it is about.
 *
 * @param key the unit and mandate ids: mandate ids are unique within their unit
 * @param personId the holder, or null when the assignment was never seen
 */
record MandateState(String key, String personId, LocalDate from, LocalDate until) {

	static String keyOf(MandateEvent event) {
		return event.unitId() + "/" + event.mandateId();
	}

	/** What is believed once {@code event} is applied to {@code before} (may be null). */
	static MandateState after(MandateEvent event, MandateState before) {
		String key = keyOf(event);
		if (event instanceof PositionAssigned assigned) {
			return new MandateState(key, assigned.personId(), assigned.from(), assigned.until());
		}
		if (event instanceof AssignmentCorrected corrected) {
			return new MandateState(key, corrected.personId(), corrected.from(), corrected.until());
		}
		MandateState known = (before != null) ? before : new MandateState(key, null, null, null);
		if (event instanceof AssignmentEnded ended) {
			return new MandateState(key, known.personId(), known.from(), ended.lastDay());
		}
		return known;
	}

	ValidSpan period() {
		return (this.from != null) ? new ValidSpan(this.from, this.until) : ValidSpan.NONE;
	}

}
