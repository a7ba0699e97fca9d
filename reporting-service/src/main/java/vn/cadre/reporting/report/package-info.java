/**
 * The source report's section "2. Kết quả" (and the briefing figures of section I.1)
 * rendered from the measures, in Vietnamese, as Markdown, CSV, XLSX and DOCX.
 */
package vn.cadre.reporting.report;
