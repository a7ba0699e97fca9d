/**
 * Briefing conferences. Recording one checks facts of other aggregates (the unit existed
 * that day, the documents are registered), so
 * {@link vn.cadre.assignments.briefing.BriefingCommandHandler} does that before the
 * {@link vn.cadre.assignments.briefing.Briefing} is created.
 */
package vn.cadre.assignments.briefing;
