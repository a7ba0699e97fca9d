/** The nationwide view: the report's headline figures per province. */
package vn.cadre.console.national;
