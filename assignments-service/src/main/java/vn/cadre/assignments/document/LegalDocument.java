package vn.cadre.assignments.document;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import vn.cadre.kernel.document.DocumentRegistered;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A legal document in the register. Registering a number twice fails as a duplicate
 * aggregate.
 */
public class LegalDocument {

	@AggregateIdentifier
	private String number;

	protected LegalDocument() {
	}

	@CommandHandler
	public LegalDocument(RegisterDocument command) {
		apply(new DocumentRegistered(command.number().value(), command.issuedOn(), command.issuer().strip(),
				command.kind(), command.title().strip()));
	}

	@EventSourcingHandler
	void on(DocumentRegistered event) {
		this.number = event.number();
	}

}
