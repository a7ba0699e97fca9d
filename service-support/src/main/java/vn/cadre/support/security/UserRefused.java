package vn.cadre.support.security;

import vn.cadre.support.text.BilingualException;
import vn.cadre.support.web.ProblemResponses;

/**
 * A change to the users that cannot be made, with the status it is answered with: 400 for
 * a value that is not a user's, 404 for a user that does not exist, 409 for a change that
 * would leave nobody to manage the users.
 */
final class UserRefused extends BilingualException {

	private final int status;

	private UserRefused(int status, String key, Object... args) {
		super(ProblemResponses.text(key, args));
		this.status = status;
	}

	static UserRefused invalid(String key, Object... args) {
		return new UserRefused(400, key, args);
	}

	static UserRefused unknown(String name) {
		return new UserRefused(404, "user.unknown", name);
	}

	static UserRefused lastAdministrator() {
		return new UserRefused(409, "user.last-admin");
	}

	int status() {
		return this.status;
	}

}
