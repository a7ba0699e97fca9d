/**
 * {@code ./cadre}: a command-line client for scripting. Each subcommand sends the same
 * request as the HTTP API and prints the answer; a refused command prints the problem's
 * detail and exits non-zero, so scripts can stop on it.
 */
package vn.cadre.cli;
