/**
 * The unit register as readers see it: every unit with its code, name, type, parent and
 * validity. The lineage across merges and splits grows from here (issue #5).
 */
package vn.cadre.reporting.units;
