package vn.cadre.kernel.document;

import java.text.Normalizer;
import java.util.Objects;

import vn.cadre.kernel.InvalidValue;

/**
 * The number of a legal document as it is cited, such as {@code 12-QĐ/ĐU} or
 * {@code 1670/NQ-UBTVQH15}, in one canonical form (NFC, white space collapsed). It
 * identifies the document in the register; a number reused in another year is registered
 * with the year added, as in {@code 12-QĐ/ĐU (2027)}.
 */
public record DocumentNumber(String value) {

	public static final int MAX_LENGTH = 80;

	public DocumentNumber {
		Objects.requireNonNull(value, "document number");
		value = Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
		if (value.isEmpty() || value.length() > MAX_LENGTH || value.chars().noneMatch(Character::isDigit)) {
			throw new InvalidValue("value.document-number", String.valueOf(MAX_LENGTH));
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
