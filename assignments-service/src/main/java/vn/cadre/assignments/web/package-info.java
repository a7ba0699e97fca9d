/**
 * What every HTTP command shares: the metadata put on each command (actor, command id,
 * reason, legal basis) and the mapping of failures to problem responses.
 */
package vn.cadre.assignments.web;
