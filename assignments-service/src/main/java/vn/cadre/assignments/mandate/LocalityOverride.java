package vn.cadre.assignments.mandate;

import java.util.Objects;

import vn.cadre.assignments.InvalidRequest;
import vn.cadre.kernel.mandate.Locality;

/**
 * Staff's own finding on locality when the recorded origin cannot decide it, with the
 * reason.
 */
public record LocalityOverride(Locality locality, String reason) {

	public LocalityOverride {
		Objects.requireNonNull(locality, "locality");
		if (reason == null || reason.isBlank()) {
			throw new InvalidRequest("command.override-without-reason");
		}
	}

}
