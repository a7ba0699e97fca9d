/**
 * What a read model is to the rest of the read side: a named consumer of published events
 * that applies each one idempotently. Delivery, ordering per aggregate and checkpoints
 * are the messaging package's concern.
 */
package vn.cadre.reporting.projection;
