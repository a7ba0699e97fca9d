package vn.cadre.console.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A mandate as the read side believes it: post, holder (by id), days, locality and its
 * basis, the posts held together with it, and the document and event behind it.
 */
public record MandateLine(String unitId, String mandateId, String postCode, String personId, LocalDate from,
		LocalDate until, String endCause, String locality, String localityBasis, List<String> concurrentWith,
		String legalBasis, long position, Instant recordedFrom) {

	public boolean nonLocal() {
		return "NON_LOCAL".equals(this.locality);
	}

	public boolean concurrent() {
		return this.concurrentWith != null && !this.concurrentWith.isEmpty();
	}

}
