package vn.cadre.console.staff;

import vn.cadre.console.api.ServiceRefused;

/** Which refusals a form answers itself, and which are a page of their own. */
final class Refusals {

	private Refusals() {
	}

	/**
	 * A bad value (400), a broken rule (409) or an unknown reference (422) is about what
	 * was typed, so the form comes back to be corrected; a missing role (403) or a
	 * service that is down is not, and gets the console's refusal page.
	 */
	static boolean belongOnTheForm(ServiceRefused refused) {
		return refused.status() == 400 || refused.status() == 409 || refused.status() == 422;
	}

}
