/** Settings and wiring of the read side. */
package vn.cadre.reporting.config;
