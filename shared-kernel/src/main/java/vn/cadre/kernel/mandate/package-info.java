/**
 * Mandates: a person holding a post in a unit over a period of valid time, with the
 * decision that made it, whether the holder is a local of the unit (and why), and how it
 * ended.
 */
package vn.cadre.kernel.mandate;
