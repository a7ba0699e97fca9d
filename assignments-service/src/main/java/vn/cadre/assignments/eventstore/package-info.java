/**
 * The event store: Axon's {@code EventStorageEngine} on the MongoDB driver, built on
 * {@code _id} access so that it stays fast on mongo-java-server and on real MongoDB
 * alike.
 * <p>
 * One document per commit holds all events of one unit of work, so they land atomically
 * without multi-document transactions. Every event has a global position; a commit takes
 * a block of positions from a counter and is stored under the first one. A tracking
 * reader walks the positions in order and never skips one: a position that was allocated
 * but is still missing after a grace period is claimed by the reader with a tombstone
 * under the same {@code _id}, so exactly one of the late writer and the reader wins and
 * the writer retries on a fresh block. A unique index over the commit's (aggregate,
 * sequence) keys makes the store reject a conflicting append. See
 * {@code docs/adr/0002-event-store-on-mongodb.md}.
 */
package vn.cadre.assignments.eventstore;
