/** The source report rendered as a page, with its files. */
package vn.cadre.console.report;
