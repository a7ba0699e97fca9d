package vn.cadre.assignments.document;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadre.kernel.document.DocumentKind;
import vn.cadre.kernel.document.DocumentNumber;

/** Enter a legal document into the register. */
public record RegisterDocument(@TargetAggregateIdentifier DocumentNumber number, LocalDate issuedOn, String issuer,
		DocumentKind kind, String title) {

}
