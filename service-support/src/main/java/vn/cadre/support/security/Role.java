package vn.cadre.support.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do. A user may hold several roles; none implies another, so the first
 * administrator of a local stack is given all four explicitly.
 */
public enum Role {

	/** Issues commands: assignments, units, documents, briefings, scenarios. */
	STAFF,

	/**
	 * Reads the full history: the event log, record-time ({@code knownAt}) queries, chain
	 * verification and export.
	 */
	AUDITOR,

	/** Reads dashboards and projections; sees persons by id only. */
	VIEWER,

	/** Rebuilds read models, handles dead letters, manages users. */
	ADMIN;

	/** The Spring Security authority that stands for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** A role named in a users file, a token claim or a request, if it is one. */
	public static Optional<Role> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String name = text.strip().toUpperCase(Locale.ROOT);
		if (name.startsWith("ROLE_")) {
			name = name.substring("ROLE_".length());
		}
		for (Role role : values()) {
			if (role.name().equals(name)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
