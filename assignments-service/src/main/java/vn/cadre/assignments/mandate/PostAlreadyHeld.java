package vn.cadre.assignments.mandate;

import vn.cadre.support.text.Worded;
import vn.cadre.assignments.RuleViolation;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.post.Post;

/** A single-holder post already has a holder on a day of the new period. */
public class PostAlreadyHeld extends RuleViolation {

	PostAlreadyHeld(Post post, String holder, DateRange period) {
		super("post.already-held", new Worded(post.titleVi(), post.titleEn()), holder, period);
	}

}
