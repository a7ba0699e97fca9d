package vn.cadre.assignments.audit;

import java.time.Clock;

import vn.cadre.assignments.eventstore.StoredEvent;
import vn.cadre.assignments.eventstore.StoredEvents;
import vn.cadre.kernel.chain.HashChain;

/**
 * Seals each stored event into the chain, in global order. It runs inside the Kafka
 * publisher, a tracking processor with one segment: exactly one instance of the service
 * holds it at a time and it sees the events strictly in position order, which is what a
 * chain over the global order needs. Concurrent writers never touch the chain.
 */
public final class ChainSealer {

	private final StoredEvents stored;

	private final ChainStore chain;

	private final Clock clock;

	public ChainSealer(StoredEvents stored, ChainStore chain, Clock clock) {
		this.stored = stored;
		this.chain = chain;
		this.clock = clock;
	}

	/** The seal of {@code position}, made now or found from an earlier delivery. */
	public ChainStore.Seal seal(long position) {
		var sealed = this.chain.at(position);
		if (sealed.isPresent()) {
			return sealed.get();
		}
		ChainStore.Head head = this.chain.head();
		if (head.position() >= position) {
			throw new IllegalStateException("Position " + position + " arrived after the chain's head "
					+ head.position() + " without a seal: the publisher must see the events in order");
		}
		StoredEvent link = this.stored.at(position)
			.orElseThrow(() -> new IllegalStateException("No stored event at position " + position));
		String hash = HashChain.next(head.hash(), ChainLinks.of(link));
		return this.chain.record(new ChainStore.Seal(position, hash, head.hash(), head.position()),
				this.clock.instant());
	}

}
