package vn.cadre.assignments.mandate;

import vn.cadre.assignments.RuleViolation;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.post.Post;

/** The person already holds this post in this unit on a day of the new period. */
public class PersonAlreadyHoldsPost extends RuleViolation {

	PersonAlreadyHoldsPost(String personId, Post post, DateRange period) {
		super(personId + " đã giữ chức danh " + post.titleVi() + " (" + period + ") / " + personId
				+ " already holds the post " + post.titleEn() + " (" + period + ")");
	}

}
