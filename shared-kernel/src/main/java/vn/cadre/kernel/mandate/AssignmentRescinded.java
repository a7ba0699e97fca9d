package vn.cadre.kernel.mandate;

import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * A mandate was entered in error and never existed (hủy bỏ): readers drop it from valid
 * time from now on, while what was believed before stays answerable for earlier record
 * times. Its id is never used again.
 */
@EventRevision("1")
public record AssignmentRescinded(String mandateId, String unitId, String reason,
		String legalBasis) implements MandateEvent {

	public AssignmentRescinded {
		Objects.requireNonNull(mandateId, "mandateId");
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(legalBasis, "legalBasis");
	}

}
