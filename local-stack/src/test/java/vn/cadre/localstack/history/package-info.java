/**
 * A seeded national history for the read side's benchmark: old communes of 63 provinces
 * merged on 2025-07-01 into new ones in 34, with their posts' holders over the terms,
 * corrections, rescissions, concurrent holdings, non-locals and briefings, written as the
 * aggregates would have recorded it through the command side's own storage engine.
 */
package vn.cadre.localstack.history;
