/** The one place where Axon, MongoDB and Kafka are wired for the command side. */
package vn.cadre.assignments.config;
