/**
 * Mandates: assigning a person to a post in a unit, and ending it. A unit's mandates live
 * in its {@link vn.cadre.assignments.unit.AdministrativeUnit} aggregate, so "the post
 * already has a holder" and "the person already holds it" are checked inside one
 * aggregate; {@link vn.cadre.assignments.mandate.Mandates} holds those rules and
 * {@link vn.cadre.assignments.mandate.LocalityRule} decides whether a holder is a local.
 */
package vn.cadre.assignments.mandate;
