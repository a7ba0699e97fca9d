package vn.cadre.assignments.mandate;

import vn.cadre.assignments.Refusal;

/** No mandate with this id in the unit. */
public class MandateNotFound extends Refusal {

	MandateNotFound(String mandateId) {
		super("mandate.unknown", mandateId);
	}

}
