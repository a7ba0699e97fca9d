/**
 * The hash chain's digests as the command side published them, kept here, away from the
 * event store they vouch for. Not a projection: they are witnesses, not derived from
 * events, so a rebuild never touches them.
 */
package vn.cadre.reporting.digests;
