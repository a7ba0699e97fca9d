package vn.cadre.assignments.mandate;

import java.util.List;

import vn.cadre.assignments.RuleViolation;

/**
 * Staff said whether an appointment is concurrent (kiêm nhiệm), and the holder's other
 * mandates in the unit say otherwise.
 */
public class ConcurrencyNotBorneOut extends RuleViolation {

	ConcurrencyNotBorneOut(String personId, boolean marked, List<String> others) {
		super(marked
				? "Ghi là kiêm nhiệm nhưng " + personId + " không giữ chức danh nào khác ở đơn vị trong thời gian đó"
						+ " / Marked concurrent, but " + personId + " holds no other post in the unit on those days"
				: "Ghi là không kiêm nhiệm nhưng " + personId + " đang giữ " + others + " / Marked not concurrent, but "
						+ personId + " also holds " + others);
	}

}
