/**
 * The published language of cadre-ledger: the ids, value types and event contracts that
 * the command side writes and the reporting side reads. Plain Java only, so that both
 * sides (and any future consumer) can depend on it without taking a framework along.
 * Event records are a versioned public contract: see {@code docs/events.md}.
 */
package vn.cadre.kernel;
