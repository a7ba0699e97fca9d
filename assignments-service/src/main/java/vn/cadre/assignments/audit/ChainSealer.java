package vn.cadre.assignments.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

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
			head = catchUp(head, position, this::sealOne);
		}
		return sealOne(storedAt(position), head);
	}

	/**
	 * The seals of {@code positions}, ascending as one batch of the publisher delivers
	 * them, exactly as {@link #seal(long)} one after the other would give them, with one
	 * lookup of earlier seals, one of the head, one read of the events and one write for
	 * the whole batch. The head is read here, never kept from an earlier batch, so a head
	 * a restore moved back is followed just as by {@link #seal(long)}.
	 */
	public List<ChainStore.Seal> seal(List<Long> positions) {
		if (positions.isEmpty()) {
			return List.of();
		}
		long first = positions.get(0);
		Map<Long, ChainStore.Seal> found = this.chain.window(first, positions.get(positions.size() - 1) + 1);
		Map<Long, StoredEvent> events = (found.size() < positions.size()) ? read(first, positions.size()) : Map.of();
		ChainStore.Head head = this.chain.head();
		ChainStore.Head current = head;
		List<ChainStore.Seal> made = new ArrayList<>();
		List<ChainStore.Seal> seals = new ArrayList<>(positions.size());
		for (long position : positions) {
			ChainStore.Seal seal = found.get(position);
			if (seal == null) {
				seal = sealInMemory(position, current, events, made);
			}
			seals.add(seal);
			if (seal.position() > current.position()) {
				current = new ChainStore.Head(seal.position(), seal.hash());
			}
		}
		if (this.chain.recordAll(made, this.clock.instant()) < made.size()) {
			// Another instance sealed some of these positions meanwhile: the seals on
			// record win, found one position at a time.
			return positions.stream().map(this::seal).toList();
		}
		if (current.position() > head.position()) {
			this.chain.advanceHead(current);
		}
		return seals;
	}

	/**
	 * Seals {@code position} after {@code current} (and any event the chain skipped
	 * before it) without writing: the batch is recorded in one write once made.
	 */
	private ChainStore.Seal sealInMemory(long position, ChainStore.Head current, Map<Long, StoredEvent> events,
			List<ChainStore.Seal> made) {
		if (current.position() >= position) {
			throw new IllegalStateException("Position " + position + " arrived after the chain's head "
					+ current.position() + " without a seal: the publisher must see the events in order");
		}
		BiFunction<StoredEvent, ChainStore.Head, ChainStore.Seal> remember = (event, head) -> {
			ChainStore.Seal seal = link(event, head);
			made.add(seal);
			return seal;
		};
		ChainStore.Head previous = (current.position() < position - 1) ? catchUp(current, position, remember) : current;
		StoredEvent event = events.get(position);
		return remember.apply((event != null) ? event : storedAt(position), previous);
	}

	private Map<Long, StoredEvent> read(long from, int count) {
		Map<Long, StoredEvent> events = new HashMap<>();
		this.stored.read(from, count).forEach((event) -> events.put(event.position(), event));
		return events;
	}

	private StoredEvent storedAt(long position) {
		return this.stored.at(position)
			.orElseThrow(() -> new IllegalStateException("No stored event at position " + position));
	}

	/**
	 * Seals the stored events between the head and {@code position} first: a history
	 * recorded before the chain existed, or any event the head was left behind. In the
	 * usual case the positions between are gaps and nothing is sealed.
	 */
	private ChainStore.Head catchUp(ChainStore.Head head, long position,
			BiFunction<StoredEvent, ChainStore.Head, ChainStore.Seal> sealing) {
		ChainStore.Head current = head;
		while (true) {
			List<StoredEvent> events = this.stored.read(current.position() + 1, CATCH_UP_BATCH);
			boolean sealedAny = false;
			for (StoredEvent event : events) {
				if (event.position() >= position) {
					return current;
				}
				ChainStore.Seal seal = sealing.apply(event, current);
				current = new ChainStore.Head(seal.position(), seal.hash());
				sealedAny = true;
			}
			if (!sealedAny) {
				return current;
			}
		}
	}

	private ChainStore.Seal sealOne(StoredEvent event, ChainStore.Head head) {
		return this.chain.record(link(event, head), this.clock.instant());
	}

	private static ChainStore.Seal link(StoredEvent event, ChainStore.Head head) {
		String hash = HashChain.next(head.hash(), ChainLinks.of(event));
		return new ChainStore.Seal(event.position(), hash, head.hash(), head.position());
	}

}
