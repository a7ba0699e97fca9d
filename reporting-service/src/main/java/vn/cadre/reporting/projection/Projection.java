package vn.cadre.reporting.projection;

import java.util.List;

import vn.cadre.kernel.CadreEvent;
import vn.cadre.kernel.PublishedEvent;

/**
 * A read model fed by the event topic. Its name is also its Kafka consumer group. Events
 * come in batches: {@link #prefetch} names the documents an event will read, so a batch
 * fetches them together, then {@link #apply} runs for each event in order against the
 * batch's {@link Changes}, which are written once at its end.
 *
 * <p>
 * {@link #apply} must be idempotent: after a crash the events since the last checkpoint
 * are delivered again; and deterministic, so a rebuild from the same events gives the
 * same documents.
 */
public interface Projection {

	String name();

	/**
	 * Whether events of this contract type can change the read model. Those that cannot
	 * are neither prefetched nor applied, and a consumer that learns the type from the
	 * record's header does not decode them: most of a history is mandate events, which a
	 * register would otherwise look its unit up for.
	 */
	default boolean reads(Class<? extends CadreEvent> type) {
		return true;
	}

	/** Names, with {@link Changes#want}, the documents {@link #apply} will read. */
	default void prefetch(PublishedEvent event, Changes changes) {
	}

	/** Applies one event of a batch to the read model's documents. */
	void apply(PublishedEvent event, Changes changes);

	/** Applies events in order as one batch and writes what they changed. */
	default void applyAll(List<PublishedEvent> events, ReadModels target) {
		Changes changes = new Changes(target);
		applyAll(events, changes);
		changes.flush();
	}

	/**
	 * Applies events in order to {@code changes}, writing nothing: a catch-up gathers
	 * several polls before it writes.
	 */
	default void applyAll(List<PublishedEvent> events, Changes changes) {
		List<PublishedEvent> read = events.stream().filter(this::reads).toList();
		read.forEach(event -> prefetch(event, changes));
		read.forEach(event -> apply(event, changes));
	}

	private boolean reads(PublishedEvent event) {
		return !(event.payload() instanceof CadreEvent payload) || reads(payload.getClass());
	}

	/** Applies one event on its own: a retried dead letter, a test. */
	default void apply(PublishedEvent event, ReadModels target) {
		applyAll(List.of(event), target);
	}

}
