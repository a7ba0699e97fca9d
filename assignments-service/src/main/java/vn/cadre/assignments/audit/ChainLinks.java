package vn.cadre.assignments.audit;

import vn.cadre.assignments.eventstore.StoredEvent;
import vn.cadre.kernel.chain.ChainLink;

/** A stored event as a link of the published chain format. */
final class ChainLinks {

	private ChainLinks() {
	}

	static ChainLink of(StoredEvent event) {
		return new ChainLink(event.position(), event.eventId(), event.timestamp(), event.aggregateType(),
				event.aggregateId(), event.sequence(), event.payloadType(), event.revision(), event.payload(),
				event.metaData());
	}

}
