package vn.cadre.kernel.mandate;

import vn.cadre.kernel.CadreEvent;

/**
 * The events of mandates; they belong to the unit's history, so the aggregate id is
 * {@link #unitId()}.
 */
public sealed interface MandateEvent extends CadreEvent
		permits PositionAssigned, AssignmentEnded, AssignmentCorrected, AssignmentRescinded {

	String unitId();

	String mandateId();

}
