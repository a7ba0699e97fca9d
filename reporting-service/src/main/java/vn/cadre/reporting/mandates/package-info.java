/**
 * Mandates in valid time and record time: every version of every mandate, what was
 * believed of it from when to when, and the per-period measures computed from them.
 */
package vn.cadre.reporting.mandates;
