package vn.cadre.assignments.mandate;

import vn.cadre.support.text.Worded;
import vn.cadre.assignments.RuleViolation;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.post.Post;

/** The person already holds this post in this unit on a day of the new period. */
public class PersonAlreadyHoldsPost extends RuleViolation {

	PersonAlreadyHoldsPost(String personId, Post post, DateRange period) {
		super("person.holds-post", personId, new Worded(post.titleVi(), post.titleEn()), period);
	}

}
