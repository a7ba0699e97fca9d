package vn.cadre.cli;

import java.time.LocalDate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.cadre.kernel.document.DocumentKind;

/** {@code cadre documents ...} */
@Command(name = "documents", description = "Legal documents: register one before citing it.")
final class DocumentCommands {

	@ParentCommand
	Cadre cadre;

	@Command(name = "register", description = "Register a legal document (văn bản).")
	int register(@Option(names = "--number", required = true, description = "e.g. 12-QĐ/ĐU") String number,
			@Option(names = "--issued-on", required = true, description = "yyyy-MM-dd") LocalDate issuedOn,
			@Option(names = "--issuer", required = true) String issuer,
			@Option(names = "--kind", required = true, description = "${COMPLETION-CANDIDATES}") DocumentKind kind,
			@Option(names = "--title", required = true) String title,
			@Option(names = "--reason", description = Bodies.REASON) String reason) {
		return this.cadre.api()
			.post("/api/documents", Bodies.of("number", number, "issuedOn", issuedOn, "issuer", issuer, "kind", kind,
					"title", title, "reason", reason));
	}

}
