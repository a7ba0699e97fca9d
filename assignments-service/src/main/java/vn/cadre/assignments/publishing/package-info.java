/**
 * Publication of the event store to Kafka by a tracking processor: an event is sent,
 * Kafka acknowledges it, and only then does the processor's token move, so a restart
 * resumes without loss and at worst resends the last events.
 */
package vn.cadre.assignments.publishing;
