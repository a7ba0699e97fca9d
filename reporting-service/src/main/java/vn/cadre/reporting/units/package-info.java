/**
 * The unit register as readers see it: every unit with its code, name, type, parent and
 * validity, and the lineage across merges and splits that lineage-wide measures walk.
 */
package vn.cadre.reporting.units;
