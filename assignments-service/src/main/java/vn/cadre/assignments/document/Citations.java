package vn.cadre.assignments.document;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import vn.cadre.kernel.document.DocumentNumber;

/**
 * Whether a document is registered: the stream under its number is a document's. The
 * event store answers from its index and is never behind the commands it judges; ids of
 * every kind share it, so a unit's or a person's id is no document.
 */
public class Citations {

	private static final String DOCUMENT = LegalDocument.class.getSimpleName();

	private final EventStore eventStore;

	/**
	 * Numbers found to be documents': a stream never changes kind and a document is never
	 * removed, so a number found stays found, on every instance; an import citing one
	 * resolution ten thousand times reads it once.
	 */
	private final Set<String> documents = ConcurrentHashMap.newKeySet();

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
		if (this.documents.contains(number.value())) {
			return true;
		}
		// from the first event on: a document has no snapshot to look for first
		DomainEventStream events = this.eventStore.readEvents(number.value(), 0);
		boolean document = events.hasNext() && DOCUMENT.equals(events.peek().getType());
		if (document) {
			this.documents.add(number.value());
		}
		return document;
	}

}
