/**
 * Legal documents (văn bản): the resolutions, decisions, regulations, plans, directives
 * and letters that every change in the register cites as its basis, identified by their
 * canonical number.
 */
package vn.cadre.kernel.document;
