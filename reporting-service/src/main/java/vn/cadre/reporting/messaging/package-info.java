/**
 * Kafka in, kernel events out: one listener container per projection (its own consumer
 * group), records decoded into {@link vn.cadre.kernel.PublishedEvent}s, and a checkpoint
 * per partition stored in MongoDB beside the read model, from which the consumer resumes.
 * The only package (with its subpackages {@code rebuild} and {@code freshness}, which
 * read the same checkpoints) that imports spring-kafka.
 */
package vn.cadre.reporting.messaging;
