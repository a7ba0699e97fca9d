/** Loading a scenario file over HTTP, through the service's own command API. */
package vn.cadre.assignments.scenario;
