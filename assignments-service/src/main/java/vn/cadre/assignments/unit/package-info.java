/**
 * Administrative units and their life: registration now; renames, retypes, merges, splits
 * and dissolution come with the restructuring commands. The
 * {@link vn.cadre.assignments.unit.AdministrativeUnit} aggregate guards the rules that
 * need one unit's history.
 */
package vn.cadre.assignments.unit;
