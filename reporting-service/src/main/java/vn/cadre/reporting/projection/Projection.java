package vn.cadre.reporting.projection;

import vn.cadre.kernel.PublishedEvent;

/**
 * A read model fed by the event topic. Its name is also its Kafka consumer group.
 * {@link #apply} must be idempotent: after a crash the events since the last checkpoint
 * are delivered again; and deterministic, so a rebuild from the same events gives the
 * same documents.
 */
public interface Projection {

	String name();

	/** Applies one event to the read model's collections in {@code target}. */
	void apply(PublishedEvent event, ReadModels target);

}
