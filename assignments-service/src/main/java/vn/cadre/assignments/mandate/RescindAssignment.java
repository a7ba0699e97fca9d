package vn.cadre.assignments.mandate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadre.assignments.InvalidRequest;
import vn.cadre.assignments.document.CitesLegalBasis;
import vn.cadre.kernel.unit.UnitId;

/** Rescind a mandate entered in error: it never existed; the record of it stays. */
public record RescindAssignment(@TargetAggregateIdentifier UnitId unitId, String mandateId, String reason,
		String legalBasis) implements CitesLegalBasis {

	public RescindAssignment {
		if (reason == null || reason.isBlank()) {
			throw new InvalidRequest("command.rescission-without-reason");
		}
		reason = reason.strip();
	}

}
