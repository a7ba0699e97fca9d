/**
 * Scenario files: a history told as commands of the HTTP API, loaded step by step under
 * deterministic command ids so that loading twice changes nothing.
 */
package vn.cadre.scenario;
