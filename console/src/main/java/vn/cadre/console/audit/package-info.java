/**
 * The auditor's pages: timelines through the merger lineage, persons, the event log with
 * the hash chain's verification, and restatements between record times.
 */
package vn.cadre.console.audit;
