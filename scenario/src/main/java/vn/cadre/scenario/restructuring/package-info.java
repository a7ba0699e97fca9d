/**
 * An official restructuring table (the 2025 list of old and new communes) and what it
 * amounts to as commands: the table read strictly, row by row, and a pure planner that
 * turns its rows and the register into registrations, one resolution per new province and
 * the districts' dissolutions. Used by {@code ./cadre import-restructuring} and by the
 * console's upload.
 */
package vn.cadre.scenario.restructuring;
