package vn.cadre.assignments.mandate;

import java.time.LocalDate;

import vn.cadre.assignments.RuleViolation;

/**
 * Ending a mandate on a day before it began: a mandate that never took effect is
 * rescinded, not ended.
 */
public class EndBeforeStart extends RuleViolation {

	EndBeforeStart(String mandateId, LocalDate lastDay, LocalDate from) {
		super("Ngày cuối " + lastDay + " trước ngày nhiệm vụ " + mandateId + " bắt đầu (" + from
				+ "); nếu nhiệm vụ chưa từng có hiệu lực thì hủy bỏ / The last day " + lastDay
				+ " comes before mandate " + mandateId + " began (" + from
				+ "); a mandate that never took effect is rescinded");
	}

}
