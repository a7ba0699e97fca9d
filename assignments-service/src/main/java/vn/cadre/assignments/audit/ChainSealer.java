package vn.cadre.assignments.audit;

import java.time.Clock;
import java.util.List;

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

	private static final int CATCH_UP_BATCH = 500;

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
			this.chain.advanceHead(sealed.get());
			return sealed.get();
		}
		ChainStore.Head head = this.chain.head();
		if (head.position() >= position) {
			throw new IllegalStateException("Position " + position + " arrived after the chain's head "
					+ head.position() + " without a seal: the publisher must see the events in order");
		}
		if (head.position() < position - 1) {
			head = catchUp(head, position);
		}
		StoredEvent event = this.stored.at(position)
			.orElseThrow(() -> new IllegalStateException("No stored event at position " + position));
		return sealOne(event, head);
	}

	/**
	 * Seals the stored events between the head and {@code position} first: a history
	 * recorded before the chain existed, or any event the head was left behind. In the
	 * usual case the positions between are gaps and nothing is sealed.
	 */
	private ChainStore.Head catchUp(ChainStore.Head head, long position) {
		ChainStore.Head current = head;
		while (true) {
			List<StoredEvent> events = this.stored.read(current.position() + 1, CATCH_UP_BATCH);
			boolean sealedAny = false;
			for (StoredEvent event : events) {
				if (event.position() >= position) {
					return current;
				}
				ChainStore.Seal seal = sealOne(event, current);
				current = new ChainStore.Head(seal.position(), seal.hash());
				sealedAny = true;
			}
			if (!sealedAny) {
				return current;
			}
		}
	}

	private ChainStore.Seal sealOne(StoredEvent event, ChainStore.Head head) {
		String hash = HashChain.next(head.hash(), ChainLinks.of(event));
		return this.chain.record(new ChainStore.Seal(event.position(), hash, head.hash(), head.position()),
				this.clock.instant());
	}

}
