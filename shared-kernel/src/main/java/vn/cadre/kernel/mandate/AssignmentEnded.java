package vn.cadre.kernel.mandate;

import java.time.LocalDate;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * A mandate ended on {@code lastDay} for {@code cause}.
 *
 * @param lastDay the last day the holder held the post
 * @param legalBasis number of the decision that ended it
 * @param restructuringId the merger that ended it (cause {@code UNIT_MERGED}), otherwise
 * {@code null}
 */
@EventRevision("1")
public record AssignmentEnded(String mandateId, String unitId, LocalDate lastDay, EndCause cause, String legalBasis,
		String restructuringId) implements MandateEvent {

	public AssignmentEnded {
		Objects.requireNonNull(mandateId, "mandateId");
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(lastDay, "lastDay");
		Objects.requireNonNull(cause, "cause");
		Objects.requireNonNull(legalBasis, "legalBasis");
	}

}
