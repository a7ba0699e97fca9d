/**
 * How current the read side is: each read model's applied position against the event
 * store's head ({@code GET /api/read-side/status}), readiness held down until the read
 * models have caught up, and reads that wait for a writer's own change
 * ({@code Cadre-Position}).
 */
package vn.cadre.reporting.messaging.freshness;
