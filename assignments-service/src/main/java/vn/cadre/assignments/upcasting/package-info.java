/**
 * Upcasters of stored events: each turns an older revision of an event, as stored, into
 * the next one when the event store is read, so aggregates, the publisher and every
 * reader downstream see only current revisions.
 */
package vn.cadre.assignments.upcasting;
