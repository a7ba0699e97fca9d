/**
 * Dashboards: the report's figures per period and scope, with their evidence and their
 * files.
 */
package vn.cadre.console.dashboard;
