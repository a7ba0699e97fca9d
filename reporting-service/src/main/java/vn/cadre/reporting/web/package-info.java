/** What every query API of the read side shares. */
package vn.cadre.reporting.web;
