package vn.cadre.kernel.mandate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * A mandate's facts were corrected retroactively: from now on they are believed to be
 * these, over the whole of its valid time. The facts believed before stay in the history
 * (the earlier events); the record time of this event is when the belief changed.
 *
 * @param postCode, personId the mandate's post and holder as corrected
 * @param from, until its period as corrected; for a mandate that has ended, {@code until}
 * is its last day
 * @param locality, localityBasis as decided again when the holder changed or staff gave
 * their own finding, otherwise as before
 * @param concurrentWith the holder's other mandates in the unit on a day of the corrected
 * period
 * @param reason why the earlier facts were wrong
 * @param legalBasis the document the correction rests on
 */
@EventRevision("1")
public record AssignmentCorrected(String mandateId, String unitId, String postCode, String personId, LocalDate from,
		LocalDate until, Locality locality, String localityBasis, List<String> concurrentWith, String reason,
		String legalBasis) implements MandateEvent {

	public AssignmentCorrected {
		Objects.requireNonNull(mandateId, "mandateId");
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(postCode, "postCode");
		Objects.requireNonNull(personId, "personId");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(locality, "locality");
		Objects.requireNonNull(localityBasis, "localityBasis");
		concurrentWith = (concurrentWith != null) ? List.copyOf(concurrentWith) : List.of();
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(legalBasis, "legalBasis");
	}

}
