/**
 * Operational plumbing shared by both services, as Spring Boot auto-configuration:
 * readiness reflects whether MongoDB and Kafka answer.
 */
package vn.cadre.support;
