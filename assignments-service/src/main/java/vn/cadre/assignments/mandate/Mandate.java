package vn.cadre.assignments.mandate;

import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.mandate.Locality;

/** What the rules need to know of one mandate, as currently believed. */
record Mandate(String mandateId, String postCode, String personId, DateRange period, boolean ended, Locality locality,
		String localityBasis) {

	Mandate withPeriod(DateRange newPeriod, boolean nowEnded) {
		return new Mandate(this.mandateId, this.postCode, this.personId, newPeriod, nowEnded, this.locality,
				this.localityBasis);
	}

}
