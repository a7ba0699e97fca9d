package vn.cadre.assignments.mandate;

/** No mandate with this id in the unit. */
public class MandateNotFound extends RuntimeException {

	MandateNotFound(String mandateId) {
		super("Không có nhiệm vụ " + mandateId + " / No mandate " + mandateId + " in this unit");
	}

}
