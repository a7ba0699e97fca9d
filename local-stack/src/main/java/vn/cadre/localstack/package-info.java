/**
 * Runs the whole system on one machine with no Docker: a real Kafka broker (KRaft, from
 * the Apache Kafka jars) in its own JVM, mongo-java-server for the event store (H2 file
 * under the data directory) and for the read models (in memory; they are rebuilt from the
 * topic on every start), and both services, each in its own JVM so that one can be killed
 * alone.
 */
package vn.cadre.localstack;
