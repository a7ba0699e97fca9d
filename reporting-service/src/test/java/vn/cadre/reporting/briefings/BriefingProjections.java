package vn.cadre.reporting.briefings;

import vn.cadre.reporting.projection.Projection;

/** The briefings' projection for tests outside its package. */
public final class BriefingProjections {

	private BriefingProjections() {
	}

	public static Projection of() {
		return new BriefingProjection();
	}

}
