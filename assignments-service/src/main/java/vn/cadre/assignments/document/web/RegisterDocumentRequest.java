package vn.cadre.assignments.document.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.cadre.kernel.document.DocumentKind;
import vn.cadre.kernel.document.DocumentNumber;
import vn.cadre.support.web.StrictJson.MultilineText;

/** Body of {@code POST /api/documents}. */
record RegisterDocumentRequest(@NotBlank @Size(max = DocumentNumber.MAX_LENGTH) String number,
		@NotNull LocalDate issuedOn, @NotBlank @Size(max = 200) String issuer, @NotNull DocumentKind kind,
		@NotBlank @Size(max = 1000) String title, @Size(max = 1000) @MultilineText String reason) {

}
