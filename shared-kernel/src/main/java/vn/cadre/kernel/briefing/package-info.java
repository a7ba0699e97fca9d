/**
 * Briefing conferences (hội nghị quán triệt): held by a unit on a day, on documents, with
 * a number of attendances.
 */
package vn.cadre.kernel.briefing;
