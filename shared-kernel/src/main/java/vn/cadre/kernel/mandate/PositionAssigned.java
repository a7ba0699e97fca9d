package vn.cadre.kernel.mandate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * A person was assigned to a post in a unit from {@code from}, and until {@code until} if
 * the decision says so.
 *
 * @param mandateId id of the mandate
 * @param unitId the unit
 * @param postCode the post, a code of the post catalogue
 * @param personId the holder
 * @param from first day in the post
 * @param until last day in the post when known at assignment, otherwise {@code null}
 * @param locality whether the holder is a local of the unit and its predecessors
 * @param localityBasis why: the origin that matched (or did not), or the staff's reason
 * for an override
 * @param legalBasis number of the decision
 * @param concurrentWith the holder's other mandates in the same unit on a day of this
 * one, as known at assignment: a concurrent holding (kiêm nhiệm). Added without a new
 * revision; absent in older events, read as empty.
 */
@EventRevision("1")
public record PositionAssigned(String mandateId, String unitId, String postCode, String personId, LocalDate from,
		LocalDate until, Locality locality, String localityBasis, String legalBasis,
		List<String> concurrentWith) implements MandateEvent {

	public PositionAssigned {
		Objects.requireNonNull(mandateId, "mandateId");
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(postCode, "postCode");
		Objects.requireNonNull(personId, "personId");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(locality, "locality");
		Objects.requireNonNull(localityBasis, "localityBasis");
		Objects.requireNonNull(legalBasis, "legalBasis");
		concurrentWith = (concurrentWith != null) ? List.copyOf(concurrentWith) : List.of();
	}

}
