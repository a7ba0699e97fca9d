/**
 * The measures of the source report, per period and scope, as known at any record time,
 * each with the evidence behind it.
 */
package vn.cadre.reporting.measures;
