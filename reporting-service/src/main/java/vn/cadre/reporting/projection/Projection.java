package vn.cadre.reporting.projection;

import vn.cadre.kernel.PublishedEvent;

/**
 * A read model fed by the event topic. Its name is also its Kafka consumer group.
 * {@link #apply} must be idempotent: after a crash the events since the last checkpoint
 * are delivered again.
 */
public interface Projection {

	String name();

	void apply(PublishedEvent event);

}
