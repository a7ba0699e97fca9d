package vn.cadre.assignments.document;

/**
 * A command cites a document that is not in the register; {@link #field} names where the
 * command cited it, so a form can show the refusal there.
 */
public class UnknownCitation extends RuntimeException {

	private final String field;

	UnknownCitation(String number, String field) {
		super("Văn bản \"" + number + "\" chưa được đăng ký / The document \"" + number + "\" is not registered");
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
