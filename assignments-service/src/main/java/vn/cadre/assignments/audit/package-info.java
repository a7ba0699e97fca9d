/**
 * Tamper evidence of the command side: the hash chain sealed over the global event order,
 * its digests published away from the event store, verification that names the first
 * broken position, and the export an auditor verifies offline.
 */
package vn.cadre.assignments.audit;
