package vn.cadre.assignments.mandate;

import java.util.Objects;

import vn.cadre.assignments.InvalidRequest;
import vn.cadre.assignments.document.CitesLegalBasis;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.person.PersonId;
import vn.cadre.kernel.post.PostCode;
import vn.cadre.kernel.unit.UnitId;

/**
 * Correct a mandate retroactively: its period as it should have been recorded, and when
 * given, another post or holder. What was believed before stays in the history.
 *
 * @param postCode the right post, or {@code null} to keep it
 * @param personId the right holder, or {@code null} to keep them
 * @param period the whole period as it should be; for a mandate that has ended, its
 * {@code until} is the last day
 * @param localityOverride staff's own finding on locality, or {@code null}
 */
public record CorrectAssignment(UnitId unitId, String mandateId, PostCode postCode, PersonId personId, DateRange period,
		LocalityOverride localityOverride, String reason, String legalBasis) implements CitesLegalBasis {

	public CorrectAssignment {
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(mandateId, "mandateId");
		Objects.requireNonNull(period, "period");
		if (reason == null || reason.isBlank()) {
			throw new InvalidRequest("command.correction-without-reason");
		}
		reason = reason.strip();
	}

}
