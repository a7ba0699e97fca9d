/**
 * The register of legal documents and the rule that every change cites a registered one.
 * The citation check runs for every command that
 * {@link vn.cadre.assignments.document.CitesLegalBasis cites a legal basis}, before its
 * handler, against the event store's own record of registered documents.
 */
package vn.cadre.assignments.document;
