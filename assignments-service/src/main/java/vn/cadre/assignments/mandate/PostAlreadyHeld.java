package vn.cadre.assignments.mandate;

import vn.cadre.assignments.RuleViolation;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.post.Post;

/** A single-holder post already has a holder on a day of the new period. */
public class PostAlreadyHeld extends RuleViolation {

	PostAlreadyHeld(Post post, String holder, DateRange period) {
		super("Chức danh " + post.titleVi() + " đã có người giữ (" + holder + ", " + period + ") / The post "
				+ post.titleEn() + " already has a holder (" + holder + ", " + period + ")");
	}

}
