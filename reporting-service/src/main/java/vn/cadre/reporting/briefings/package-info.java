/** Briefing conferences as the measures count them. */
package vn.cadre.reporting.briefings;
