package vn.cadre.assignments.document;

/**
 * A command that rests on a legal document; the document must be registered before it can
 * be cited.
 */
public interface CitesLegalBasis {

	/** The cited document's number, as given. */
	String legalBasis();

}
