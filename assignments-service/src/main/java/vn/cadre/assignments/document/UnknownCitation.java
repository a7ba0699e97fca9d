package vn.cadre.assignments.document;

/** A command cites a document that is not in the register. */
public class UnknownCitation extends RuntimeException {

	UnknownCitation(String number) {
		super("Văn bản \"" + number + "\" chưa được đăng ký / The document \"" + number + "\" is not registered");
	}

}
