package vn.cadre.assignments.document;

import vn.cadre.assignments.Refusal;

/**
 * A command cites a document that is not in the register; {@link #field} names where the
 * command cited it, so a form can show the refusal there.
 */
public class UnknownCitation extends Refusal {

	private final String field;

	UnknownCitation(String number, String field) {
		super("citation.unknown", number);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
