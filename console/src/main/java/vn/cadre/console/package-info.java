/**
 * The web console: one address and one sign-in for staff, auditors and dashboards,
 * rendered on the server in Vietnamese (English switchable). Every figure and every
 * change goes through the services' APIs as the signed-in person.
 */
package vn.cadre.console;
