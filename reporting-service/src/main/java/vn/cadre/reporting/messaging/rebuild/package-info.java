/**
 * Blue/green rebuild of every read model from the topic: a scratch generation filled from
 * offset 0 in chunks, switched to once it has caught up with the live consumers, and the
 * consistency check that compares a generation with a fresh rebuild
 * ({@code POST /admin/rebuild}, {@code ./cadre rebuild [--check]}).
 */
package vn.cadre.reporting.messaging.rebuild;
