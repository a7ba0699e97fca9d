/**
 * Limits on what a request may carry, for both services: body size, text length, list
 * length and nesting, each refused with a clear problem before anything is stored.
 */
package vn.cadre.support.web;
