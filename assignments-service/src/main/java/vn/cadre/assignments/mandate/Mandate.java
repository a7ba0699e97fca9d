package vn.cadre.assignments.mandate;

import vn.cadre.kernel.mandate.DateRange;

/** What the rules need to know of one mandate. */
record Mandate(String mandateId, String postCode, String personId, DateRange period, boolean ended) {

}
