package vn.cadre.assignments.unit;

import java.time.LocalDate;

import vn.cadre.assignments.RuleViolation;

/**
 * The unit would end before a mandate in it begins; that mandate must be rescinded or
 * moved first.
 */
public class MandateOutlivesUnit extends RuleViolation {

	MandateOutlivesUnit(String mandateId, LocalDate lastDay) {
		super("Nhiệm vụ " + mandateId + " bắt đầu sau ngày " + lastDay + " đơn vị chấm dứt / The mandate " + mandateId
				+ " starts after the unit's last day " + lastDay);
	}

}
