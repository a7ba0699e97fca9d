package vn.cadre.kernel.document;

import java.time.LocalDate;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * A legal document entered the register and may now be cited as the basis of a change.
 *
 * @param number canonical number, the document's id
 * @param issuedOn date of issue
 * @param issuer the issuing body, as written ("Ban Thường vụ Tỉnh ủy", "Ủy ban Thường vụ
 * Quốc hội")
 * @param kind its kind
 * @param title its title or summary
 */
@EventRevision("1")
public record DocumentRegistered(String number, LocalDate issuedOn, String issuer, DocumentKind kind,
		String title) implements DocumentEvent {

	public DocumentRegistered {
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(issuedOn, "issuedOn");
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(title, "title");
	}

}
