/**
 * Administrative units and their life: registration, renames, retypes, reparenting,
 * merges, splits, transfers of parts and dissolution, and the mandates held in them. The
 * {@link vn.cadre.assignments.unit.AdministrativeUnit} aggregate guards the rules that
 * need one unit's history.
 */
package vn.cadre.assignments.unit;
