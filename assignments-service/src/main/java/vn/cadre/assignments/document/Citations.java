package vn.cadre.assignments.document;

import org.axonframework.eventsourcing.eventstore.EventStore;
import vn.cadre.kernel.document.DocumentNumber;

/**
 * Whether a document is registered: its aggregate has an event. The event store answers
 * with an index lookup and is never behind the commands it judges.
 */
public class Citations {

	private final EventStore eventStore;

	public Citations(EventStore eventStore) {
		this.eventStore = eventStore;
	}

	/** Refuses a document that is not registered, naming the command's {@code field}. */
	public void requireRegistered(String number, String field) {
		DocumentNumber canonical = new DocumentNumber(number);
		if (!isRegistered(canonical)) {
			throw new UnknownCitation(canonical.value(), field);
		}
	}

	public boolean isRegistered(DocumentNumber number) {
		return this.eventStore.lastSequenceNumberFor(number.value()).isPresent();
	}

}
