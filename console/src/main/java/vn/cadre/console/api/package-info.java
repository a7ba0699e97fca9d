/**
 * The services' HTTP APIs as the console calls them, with the signed-in person's token,
 * and the answers it reads.
 */
package vn.cadre.console.api;
